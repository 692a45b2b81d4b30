package javax.telephony.callcontrol;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;

/**
 * Terminal connection with a detailed call control state and operations to hold, unhold, join and
 * leave a call.
 */
public interface CallControlTerminalConnection extends TerminalConnection {
    int BRIDGED = 100;
    int DROPPED = 102;
    int HELD = 99;
    int IDLE = 96;
    int INUSE = 101;
    int RINGING = 97;
    int TALKING = 98;
    int UNKNOWN = 103;

    int getCallControlState();

    void hold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void join() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void leave() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void unhold() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
