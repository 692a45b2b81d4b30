package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionListener;

/**
 * Terminal connection listener with callbacks for each call control terminal connection state
 * change (talking, held, bridged, in use and so on).
 */
public interface CallControlTerminalConnectionListener extends TerminalConnectionListener, CallControlConnectionListener {
    void terminalConnectionBridged(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionDropped(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionHeld(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionInUse(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionRinging(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionTalking(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    void terminalConnectionUnknown(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);
}
