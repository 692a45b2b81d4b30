package javax.telephony.media;

import javax.telephony.Terminal;

/**
 * Terminal that supports media streams, used with the legacy {@code MediaTerminalConnection}
 * interface.
 */
public interface MediaTerminal extends Terminal {
}
