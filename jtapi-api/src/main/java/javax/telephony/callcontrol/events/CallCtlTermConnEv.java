package javax.telephony.callcontrol.events;

import javax.telephony.events.TermConnEv;

/** Base legacy call control event about a terminal connection. */
public interface CallCtlTermConnEv extends CallCtlCallEv, TermConnEv {
}
