package javax.telephony.mobile;

/**
 * Listener that receives mobile radio events: radio switched on or off, start-up state changed and
 * signal level changed.
 */
public interface MobileRadioListener {
    void radioOff(MobileRadioEvent mobileRadioEvent);

    void radioOn(MobileRadioEvent mobileRadioEvent);

    void radioStartStateOff(MobileRadioEvent mobileRadioEvent);

    void radioStartStateOn(MobileRadioEvent mobileRadioEvent);

    void signalLevelChanged(MobileRadioEvent mobileRadioEvent);
}
