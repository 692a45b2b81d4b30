package javax.telephony.phone;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.phone.capabilities.ComponentGroupCapabilities;

/**
 * A named group of physical phone components, such as a handset, headset or speakerphone, that can
 * be activated or deactivated together.
 */
public interface ComponentGroup {
    int HAND_SET = 2;
    int HEAD_SET = 1;
    int OTHER = 5;
    int PHONE_SET = 4;
    int SPEAKER_PHONE = 3;

    boolean activate();

    boolean activate(Address address) throws InvalidArgumentException;

    boolean deactivate();

    boolean deactivate(Address address) throws InvalidArgumentException;

    ComponentGroupCapabilities getCapabilities();

    Component[] getComponents();

    String getDescription();

    int getType();
}
