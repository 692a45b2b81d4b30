package javax.telephony;

import javax.telephony.events.TermEv;

/**
 * Legacy observer for a {@code Terminal} that receives batches of {@code TermEv} events; superseded
 * by {@code TerminalListener}.
 */
public interface TerminalObserver {
    void terminalChangedEvent(TermEv[] termEvs);
}
