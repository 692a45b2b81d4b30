package javax.telephony.callcontrol;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/**
 * Connection with a finer-grained call control state and operations to accept, reject, redirect or
 * park a call and to dial extra digits.
 */
public interface CallControlConnection extends Connection {
    int ALERTING = 83;
    int DIALING = 85;
    int DISCONNECTED = 89;
    int ESTABLISHED = 88;
    int FAILED = 90;
    int IDLE = 80;
    int INITIATED = 84;
    int NETWORK_ALERTING = 87;
    int NETWORK_REACHED = 86;
    int OFFERED = 81;
    int OFFERING = 81;
    int QUEUED = 82;
    int UNKNOWN = 91;

    void accept() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void addToAddress(String toAddress) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    int getCallControlState();

    Connection park(String string) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Connection redirect(String string) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void reject() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
