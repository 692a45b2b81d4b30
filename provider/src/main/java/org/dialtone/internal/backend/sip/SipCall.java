package org.dialtone.internal.backend.sip;

import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;

/**
 * One SIP dialog the backend carries for the model: an {@link OutgoingCall} for a leg the model
 * routed, an {@link IncomingCall} for an INVITE to one of the provider's users. Every method runs
 * on the backend's thread. A call is known by its Call-ID (for SIP events) and by its legs (for
 * commands) until it is over on both sides.
 */
abstract class SipCall {
    final SipBackend backend;
    final String callId;

    SipCall(SipBackend backend, String callId) {
        this.backend = backend;
        this.callId = callId;
    }

    /** A request within this call: ACK, BYE, CANCEL or a re-INVITE. */
    abstract void onRequest(RequestEvent event);

    /** A response to one of this call's requests. */
    abstract void onResponse(ResponseEvent event);

    /** One of this call's transactions timed out. */
    abstract void onTimeout(TimeoutEvent event);

    /** The model ended leg {@code leg} of this call with {@code cause}. */
    abstract void release(long leg, int cause);

    /** The application answered leg {@code leg} (an incoming call's local leg). */
    void answer(long leg, String terminal) {
        // only an incoming call has a leg to answer
    }

    /**
     * The stack ended {@code dialog}, one of this call's: the current one, or one it replaced
     * (an INVITE answered with a challenge leaves a dialog behind), which must be ignored.
     */
    abstract void onDialogTerminated(Dialog dialog);

    /** The provider stops: free what the call holds and send nothing more. */
    abstract void close();
}
