package javax.telephony.events;

import javax.telephony.TerminalConnection;

/** Base legacy call event about a {@code TerminalConnection}. */
public interface TermConnEv extends CallEv {
    TerminalConnection getTerminalConnection();
}
