package javax.telephony.callcontrol.events;

import javax.telephony.events.ConnEv;

/** Base legacy call control event about a connection. */
public interface CallCtlConnEv extends CallCtlCallEv, ConnEv {
}
