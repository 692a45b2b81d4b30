package javax.telephony.media.events;

import javax.telephony.events.TermConnEv;

/** Base of the legacy observer events that concern a {@code MediaTerminalConnection}. */
public interface MediaTermConnEv extends TermConnEv, MediaEv {
}
