package javax.telephony.mobile;

import javax.telephony.Event;

/**
 * Event reporting a change of the mobile radio, such as radio on or off, start-up state change or
 * signal level change.
 */
public interface MobileRadioEvent extends Event {
    int MOBILERADIO_RADIO_OFF = 9;
    int MOBILERADIO_RADIO_ON = 8;
    int MOBILERADIO_SIGNAL_LEVEL_CHANGED = 2;
    int MOBILERADIO_STARTSTATE_OFF = 6;
    int MOBILERADIO_STARTSTATE_ON = 4;

    MobileRadio getMobileRadio();
}
