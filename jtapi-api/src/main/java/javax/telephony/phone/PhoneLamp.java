package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * An indicator lamp on a phone with a mode such as off, steady, flash or wink; may be tied to a
 * button.
 */
public interface PhoneLamp extends Component {
    int LAMPMODE_BROKENFLUTTER = 4;
    int LAMPMODE_FLASH = 1;
    int LAMPMODE_FLUTTER = 3;
    int LAMPMODE_OFF = 0;
    int LAMPMODE_STEADY = 2;
    int LAMPMODE_WINK = 5;

    PhoneButton getAssociatedPhoneButton();

    int getMode();

    int[] getSupportedModes();

    void setMode(int mode) throws InvalidArgumentException;
}
