package javax.telephony;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * The link between an {@code Address} and a {@code Call}, with its own state (idle, in progress,
 * alerting, connected, disconnected, failed, unknown); can be disconnected.
 */
public interface Connection {
    int ALERTING = 50;
    int CONNECTED = 51;
    int DISCONNECTED = 52;
    int FAILED = 53;
    int IDLE = 48;
    int INPROGRESS = 49;
    int UNKNOWN = 54;

    void disconnect() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Address getAddress();

    Call getCall();

    ConnectionCapabilities getCapabilities();

    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    int getState();

    TerminalConnection[] getTerminalConnections();
}
