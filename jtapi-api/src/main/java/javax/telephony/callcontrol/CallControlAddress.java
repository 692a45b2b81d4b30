package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Address with call control features: reading and setting call forwarding, do-not-disturb and the
 * message-waiting indicator.
 */
public interface CallControlAddress extends Address {
    void cancelForwarding() throws InvalidStateException, MethodNotSupportedException;

    boolean getDoNotDisturb() throws MethodNotSupportedException;

    CallControlForwarding[] getForwarding() throws MethodNotSupportedException;

    boolean getMessageWaiting() throws MethodNotSupportedException;

    void setDoNotDisturb(boolean doNotDisturb) throws InvalidStateException, MethodNotSupportedException;

    void setForwarding(CallControlForwarding[] forwardings) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    void setMessageWaiting(boolean messageWaiting) throws InvalidStateException, MethodNotSupportedException;
}
