package javax.telephony;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * The link between a {@code Terminal} and a {@code Connection}, showing how a physical endpoint
 * takes part in a call; can answer a ringing call.
 */
public interface TerminalConnection {
    int ACTIVE = 67;
    int DROPPED = 68;
    int IDLE = 64;
    int PASSIVE = 66;
    int RINGING = 65;
    int UNKNOWN = 69;

    void answer() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    TerminalConnectionCapabilities getCapabilities();

    Connection getConnection();

    int getState();

    Terminal getTerminal();

    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;
}
