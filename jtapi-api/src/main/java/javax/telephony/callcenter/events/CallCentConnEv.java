package javax.telephony.callcenter.events;

import javax.telephony.events.ConnEv;

/**
 * Base legacy call center connection event, combining call center call details with a connection
 * event.
 */
public interface CallCentConnEv extends CallCentCallEv, ConnEv {
}
