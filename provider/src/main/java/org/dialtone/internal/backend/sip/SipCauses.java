package org.dialtone.internal.backend.sip;

import javax.sip.message.Response;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;

/**
 * How SIP final responses and JTAPI causes translate into each other, both ways, so that a call
 * that fails on SIP fails with the cause the same failure has on the sim switch.
 */
final class SipCauses {
    private SipCauses() {
    }

    /** The JTAPI cause (core or call-control) for an outgoing INVITE's final error response. */
    static int ofFailure(int statusCode) {
        switch (statusCode) {
            case Response.BUSY_HERE:
            case Response.BUSY_EVERYWHERE:
                return CallCtlEv.CAUSE_BUSY;
            case Response.REQUEST_TIMEOUT:
            case Response.TEMPORARILY_UNAVAILABLE:
                return CallCtlEv.CAUSE_CALL_NOT_ANSWERED;
            case Response.NOT_FOUND:
            case Response.GONE:
            case Response.ADDRESS_INCOMPLETE:
            case Response.AMBIGUOUS:
            case Response.DOES_NOT_EXIST_ANYWHERE:
            case Response.UNSUPPORTED_URI_SCHEME:
                return Ev.CAUSE_DEST_NOT_OBTAINABLE;
            case Response.DECLINE:
            case Response.REQUEST_TERMINATED:
                return Ev.CAUSE_CALL_CANCELLED;
            case Response.NOT_ACCEPTABLE_HERE:
            case Response.SESSION_NOT_ACCEPTABLE:
            case Response.UNSUPPORTED_MEDIA_TYPE:
            case Response.NOT_ACCEPTABLE:
                return Ev.CAUSE_INCOMPATIBLE_DESTINATION;
            case Response.FORBIDDEN:
            case Response.UNAUTHORIZED:
            case Response.PROXY_AUTHENTICATION_REQUIRED:
                return Ev.CAUSE_LOCKOUT;
            case Response.SERVICE_UNAVAILABLE:
            case Response.SERVER_TIMEOUT:
                return Ev.CAUSE_NETWORK_CONGESTION;
            default:
                if (statusCode >= 300 && statusCode < 400) {
                    return Ev.CAUSE_DEST_NOT_OBTAINABLE; // a redirect with no SIP Contact, or one too many
                }
                return statusCode >= 500 && statusCode < 600 ? Ev.CAUSE_NETWORK_NOT_OBTAINABLE : Ev.CAUSE_UNKNOWN;
        }
    }

    /**
     * The final response that refuses an incoming call the model released with {@code cause}
     * before it was answered: busy for a plain hang-up (what a phone sends when its user refuses a
     * ringing call), decline for an explicit reject.
     */
    static int ofRefusal(int cause) {
        switch (cause) {
            case Ev.CAUSE_CALL_CANCELLED:
                return Response.DECLINE;
            case Ev.CAUSE_DEST_NOT_OBTAINABLE:
                return Response.NOT_FOUND;
            case CallCtlEv.CAUSE_CALL_NOT_ANSWERED:
                return Response.TEMPORARILY_UNAVAILABLE;
            case Ev.CAUSE_INCOMPATIBLE_DESTINATION:
                return Response.NOT_ACCEPTABLE_HERE;
            case Ev.CAUSE_RESOURCES_NOT_AVAILABLE:
            case Ev.CAUSE_NETWORK_CONGESTION:
                return Response.SERVICE_UNAVAILABLE;
            default:
                return Response.BUSY_HERE;
        }
    }
}
