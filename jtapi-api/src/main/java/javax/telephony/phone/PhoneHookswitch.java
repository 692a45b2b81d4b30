package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** The hookswitch of a phone, whose on-hook or off-hook state can be read and set. */
public interface PhoneHookswitch extends Component {
    int OFF_HOOK = 1;
    int ON_HOOK = 0;

    int getHookSwitchState();

    void setHookSwitch(int hookSwitch) throws InvalidArgumentException;
}
