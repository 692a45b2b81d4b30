package javax.telephony.events;

import javax.telephony.Terminal;

/** Base legacy event about a {@code Terminal}, delivered to terminal observers. */
public interface TermEv extends Ev {
    Terminal getTerminal();
}
