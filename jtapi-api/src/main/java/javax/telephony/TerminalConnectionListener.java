package javax.telephony;

/**
 * Connection listener extended with callbacks for each {@code TerminalConnection} state change on
 * the calls being watched.
 */
public interface TerminalConnectionListener extends ConnectionListener {
    void terminalConnectionActive(TerminalConnectionEvent terminalConnectionEvent);

    void terminalConnectionCreated(TerminalConnectionEvent terminalConnectionEvent);

    void terminalConnectionDropped(TerminalConnectionEvent terminalConnectionEvent);

    void terminalConnectionPassive(TerminalConnectionEvent terminalConnectionEvent);

    void terminalConnectionRinging(TerminalConnectionEvent terminalConnectionEvent);

    void terminalConnectionUnknown(TerminalConnectionEvent terminalConnectionEvent);
}
