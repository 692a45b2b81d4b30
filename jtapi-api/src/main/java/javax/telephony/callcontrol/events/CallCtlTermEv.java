package javax.telephony.callcontrol.events;

import javax.telephony.events.TermEv;

/** Base legacy call control event about a terminal. */
public interface CallCtlTermEv extends CallCtlEv, TermEv {
}
