package javax.telephony.mobile;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Controls the radio of a mobile device: switching it on or off, its start-up state, and reading
 * the signal level.
 */
public interface MobileRadio {
    void addRadioListener(MobileRadioListener mobileRadioListener) throws MethodNotSupportedException;

    int getMaxSignalLevel();

    boolean getRadioStartState() throws MethodNotSupportedException;

    boolean getRadioState() throws MethodNotSupportedException;

    int getSignalLevel();

    void removeRadioListener(MobileRadioListener mobileRadioListener);

    void setRadioStartState(boolean radioStartState) throws InvalidStateException, MethodNotSupportedException;

    void setRadioState(boolean radioState) throws InvalidStateException, MethodNotSupportedException;
}
