package javax.telephony;

import java.util.EventListener;

/**
 * Listener registered on a {@code Terminal} to receive terminal-level events, including notice that
 * event delivery has stopped.
 */
public interface TerminalListener extends EventListener {
    void terminalListenerEnded(TerminalEvent terminalEvent);
}
