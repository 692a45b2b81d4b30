package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.backend.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A leg the model routed beyond the provider: an INVITE with an SDP offer. Its responses drive the
 * leg: 100 reached, 180/183 alerting, 2xx answered (ACKed at once), an error or no answer in time
 * failed with the matching JTAPI cause. Released before the answer it is cancelled (as soon as the
 * far end has sent a provisional response, as RFC 3261 asks), after it with BYE.
 */
final class OutgoingCall extends SipCall {
    private static final Logger LOG = LoggerFactory.getLogger(OutgoingCall.class);

    private enum Phase {
        /** INVITE sent, nothing heard yet. */
        CALLING,
        /** A provisional response came: the INVITE may be cancelled. */
        EARLY,
        /** 2xx came and was ACKed. */
        ANSWERED,
        /** Nothing more to do on the wire. */
        OVER
    }

    private final long leg;
    private final String user;
    private final String destination;
    private Phase phase = Phase.CALLING;
    private ClientTransaction invite;
    private Dialog dialog;
    private DatagramChannel rtp;
    private byte[] offer;
    private boolean reached;
    private boolean alerted;
    /** The model no longer knows the leg (it released it, or we told it the leg failed or ended). */
    private boolean modelDone;
    /** The leg is to be cancelled once the far end sends a provisional response. */
    private boolean cancelWanted;
    private int challenges;
    /** How many 3xx redirections brought the call here (see {@link Redirection}). */
    private int redirectsFollowed;
    private ScheduledFuture<?> timer;
    /** Who follows the set-up instead of the model until {@link #announced} (an inbound transfer), or null. */
    private SetUp setUp;

    /** Follows an INVITE's set-up for someone other than the model (see {@link InboundRefer}). */
    interface SetUp {
        /** A response came (or, for no answer in time, 408; if the INVITE could not go, 503). */
        void progress(int code, String reason);
    }

    private OutgoingCall(SipBackend backend, String callId, long leg, String user, String destination) {
        super(backend, callId);
        this.leg = leg;
        this.user = user;
        this.destination = destination;
    }

    /**
     * Sends the INVITE of leg {@code leg} from {@code user} to {@code destination}; the call is
     * registered with the backend if it went out, else the leg has already failed.
     */
    static void start(SipBackend backend, long leg, String user, String destination) {
        start(backend, leg, user, destination, List.of(), 0, null);
    }

    /**
     * As {@link #start(SipBackend, long, String, String)}, with {@code extra} (if not null) added to
     * the INVITE, and the set-up followed by {@code setUp}: the model hears nothing of the leg until
     * {@link #announced}, and a redirection (3xx) is not followed but reported as a refusal. Returns
     * the call, or null if the INVITE could not go.
     */
    static OutgoingCall start(SipBackend backend, long leg, String user, String destination, Header extra,
            SetUp setUp) {
        return start(backend, leg, user, destination, extra == null ? List.of() : List.of(extra), 0, setUp);
    }

    /**
     * As {@link #start(SipBackend, long, String, String)}, for a call that followed
     * {@code redirectsFollowed} redirections: the INVITE also carries {@code extraHeaders} (the
     * Diversion headers of the last 3xx).
     */
    private static OutgoingCall start(SipBackend backend, long leg, String user, String destination,
            List<Header> extraHeaders, int redirectsFollowed, SetUp setUp) {
        DatagramChannel rtp = null;
        try {
            SipURI target = backend.messages.destination(destination);
            rtp = backend.rtp.open();
            long session = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
            byte[] offer = Sdp.offer("dialtone", backend.config.host(), RtpDrain.port(rtp), session, session);
            Request request = backend.messages.invite(user, target, offer);
            for (Header header : extraHeaders) {
                request.addHeader(header);
            }
            ClientTransaction transaction = backend.sip.provider.getNewClientTransaction(request);
            OutgoingCall call = new OutgoingCall(backend,
                    ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(), leg, user, destination);
            call.rtp = rtp;
            call.offer = offer;
            call.described(session, RtpDrain.port(rtp));
            call.invite = transaction;
            call.redirectsFollowed = redirectsFollowed;
            call.setUp = setUp;
            call.dialog = transaction.getDialog();
            transaction.sendRequest();
            // Responses are handled on this same thread, after this method: tracking now is in time.
            backend.track(call, leg);
            call.timer = backend.schedule(backend.config.noAnswer(), call::noAnswer);
            return call;
        } catch (Exception e) {
            // A destination that is not a SIP URI or cannot be resolved or connected to is not
            // obtainable; no RTP port to offer means the provider ran out of resources.
            int cause = e instanceof IOException ? Ev.CAUSE_RESOURCES_NOT_AVAILABLE : Ev.CAUSE_DEST_NOT_OBTAINABLE;
            LOG.info("call from {} to {} failed before it left: {}", user, destination, e.toString());
            backend.rtp.close(rtp);
            if (setUp != null) {
                setUp.progress(Response.SERVICE_UNAVAILABLE, "Could Not Call");
            } else {
                backend.signal(s -> s.failed(leg, cause));
            }
            return null;
        }
    }

    /** The model now knows the leg (an inbound transfer reached its target): it hears of it from now on. */
    void announced() {
        setUp = null;
    }

    @Override
    boolean ownsCallId() {
        return true; // we sent the INVITE
    }

    @Override
    void onResponse(ResponseEvent event) {
        if (isDigitResponse(event) || isReinviteResponse(event) || isReferResponse(event)) {
            return;
        }
        if (event.getClientTransaction() == null || event.getClientTransaction() != invite) {
            return; // a retransmitted 2xx (the stack ACKs it again) or the answer to our CANCEL or BYE
        }
        Response response = event.getResponse();
        int code = response.getStatusCode();
        if (code < 200) {
            provisional(code);
        } else if (code < 300) {
            answered(event);
        } else if ((code == Response.UNAUTHORIZED || code == Response.PROXY_AUTHENTICATION_REQUIRED)
                && challenges++ == 0 && backend.hasPassword(user) && !cancelWanted && phase != Phase.OVER) {
            authenticate(event);
        } else if (code >= 300 && code < 400 && !cancelWanted && phase != Phase.OVER && followed(response)) {
            return;
        } else {
            refused(code, response.getReasonPhrase());
        }
    }

    private void provisional(int code) {
        report(code, "");
        if (phase == Phase.CALLING) {
            phase = Phase.EARLY;
        }
        if (cancelWanted) {
            cancel();
            return;
        }
        if (!reached) {
            reached = true;
            tell(s -> s.reached(leg));
        }
        if (code != Response.TRYING && !alerted) {
            alerted = true;
            tell(s -> s.alerting(leg));
        }
    }

    private void answered(ResponseEvent event) {
        if (phase == Phase.OVER || phase == Phase.ANSWERED) {
            return;
        }
        dialog = event.getDialog();
        try {
            long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
            dialog.sendAck(dialog.createAck(cseq));
        } catch (Exception e) {
            LOG.warn("call {}: could not ACK the answer: {}", callId, e.toString());
        }
        phase = Phase.ANSWERED;
        cancelTimer();
        if (cancelWanted) {
            bye(); // answered while being cancelled: it still has to end
            return;
        }
        if (event.getResponse().getRawContent() != null) {
            try {
                Sdp.check(event.getResponse().getRawContent());
                mediaAgreed(rtp, offer, event.getResponse().getRawContent());
            } catch (IllegalArgumentException e) {
                LOG.info("call {}: the far end's SDP answer is unusable ({}); the call goes on", callId, e.getMessage());
            }
        }
        if (!reached) {
            reached = true;
            tell(s -> s.reached(leg));
        }
        tell(s -> s.answered(leg, null));
        report(event.getResponse().getStatusCode(), event.getResponse().getReasonPhrase());
    }

    /**
     * The far end sends the call elsewhere (RFC 3261 8.1.3.4): the model sees its leg diverted to
     * the Contact as a new leg, whose INVITE goes out now. The stack has ACKed the 3xx.
     *
     * @return false if the response names nowhere to go (not a 300, 301 or 302, no SIP Contact, or
     *     the call followed too many): it fails the leg
     */
    private boolean followed(Response response) {
        if (setUp != null) {
            return false; // an inbound transfer's INVITE: its referrer hears of the 3xx and decides
        }
        Redirection.Target target = backend.redirection.target(response, redirectsFollowed);
        if (target == null) {
            return false;
        }
        long next = LegIds.next();
        tell(s -> s.diverted(leg, next, target.name()));
        over();
        start(backend, next, user, target.uri(), target.diversions(), redirectsFollowed + 1, null);
        return true;
    }

    private void authenticate(ResponseEvent event) {
        try {
            invite = backend.auth.handleChallenge(event.getResponse(), event.getClientTransaction(),
                    backend.sip.provider, 0, true);
            dialog = invite.getDialog();
            invite.sendRequest();
        } catch (Exception e) {
            refused(event.getResponse().getStatusCode(), "could not answer the challenge: " + e.getMessage());
        }
    }

    private void refused(int code, String reason) {
        if (phase == Phase.OVER) {
            return;
        }
        LOG.debug("call {} from {} refused: {} {}", callId, user, code, reason);
        int cause = SipCauses.ofFailure(code);
        tell(s -> s.failed(leg, cause));
        report(code, reason);
        over();
    }

    /** The far end rang for too long. */
    private void noAnswer() {
        timer = null;
        if (phase == Phase.EARLY || phase == Phase.CALLING) {
            tell(s -> s.failed(leg, CallCtlEv.CAUSE_CALL_NOT_ANSWERED));
            report(Response.REQUEST_TIMEOUT, "Request Timeout");
            cancelOrWait();
        }
    }

    @Override
    void onRequest(RequestEvent event) {
        String method = event.getRequest().getMethod();
        if (method.equals(Request.BYE)) {
            backend.respond(event, Response.OK);
            if (phase == Phase.ANSWERED) {
                if (!referrerLeaves()) {
                    tell(s -> s.released(leg, Ev.CAUSE_NORMAL));
                }
                over();
            }
        } else if (method.equals(Request.INFO)) {
            onInfo(event);
        } else if (method.equals(Request.NOTIFY)) {
            onNotify(event);
        } else if (method.equals(Request.INVITE)) {
            onReinvite(event);
        } else if (method.equals(Request.REFER)) {
            onRefer(event);
        } else if (!method.equals(Request.ACK)) {
            backend.respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
    }

    @Override
    void onTimeout(TimeoutEvent event) {
        if (isDigitTimeout(event) || isReinviteTimeout(event) || isReferTimeout(event)) {
            return;
        }
        if (event.getClientTransaction() == invite && phase != Phase.OVER) {
            refused(Response.REQUEST_TIMEOUT, "no answer to the INVITE");
        }
    }

    @Override
    void release(long releasedLeg, int cause) {
        modelDone = true;
        backend.forgetLeg(leg);
        if (phase == Phase.ANSWERED) {
            bye();
        } else if (phase != Phase.OVER) {
            cancelOrWait();
        }
    }

    private void cancelOrWait() {
        modelDone = true;
        backend.forgetLeg(leg);
        if (phase == Phase.EARLY) {
            cancel();
        } else {
            cancelWanted = true; // CANCEL waits for the first provisional response
        }
    }

    private void cancel() {
        cancelWanted = true;
        cancelTimer();
        try {
            backend.sip.provider.getNewClientTransaction(invite.createCancel()).sendRequest();
        } catch (Exception e) {
            LOG.warn("call {}: could not send CANCEL: {}", callId, e.toString());
            over();
            return;
        }
        // The far end answers 487 (then we are done) or, crossing the CANCEL, 2xx (then BYE); if it
        // does neither, the INVITE transaction times out (Timer B/C) and onTimeout ends the call.
    }

    private void bye() {
        bye(dialog, this::over);
    }

    @Override
    long farLeg() {
        return leg;
    }

    @Override
    void handOff() {
        if (phase == Phase.ANSWERED) {
            tell(s -> s.released(leg, Ev.CAUSE_NORMAL));
            bye();
        }
    }

    @Override
    void onDialogTerminated(Dialog ended) {
        if (phase != Phase.OVER && ended == dialog) {
            if (phase == Phase.ANSWERED) {
                tell(s -> s.released(leg, Ev.CAUSE_NORMAL));
            } else {
                tell(s -> s.failed(leg, CallCtlEv.CAUSE_CALL_NOT_ANSWERED));
            }
            over();
        }
    }

    /** Signals the model, unless it is already done with the leg; after a final signal it is. */
    private void tell(Consumer<Signals> signal) {
        if (!modelDone && setUp == null) {
            backend.signal(signal);
        }
    }

    /** Tells the set-up's follower, if any, of response {@code code}. */
    private void report(int code, String reason) {
        if (setUp != null) {
            setUp.progress(code, reason);
        }
    }

    private void over() {
        phase = Phase.OVER;
        modelDone = true;
        referDialogEnded();
        cancelTimer();
        backend.rtp.close(rtp);
        rtp = null;
        backend.forgetLeg(leg);
        backend.forgetCall(this);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    @Override
    Dialog confirmedDialog() {
        return phase == Phase.ANSWERED ? dialog : null;
    }

    @Override
    String farParty() {
        return destination;
    }

    @Override
    String localUser() {
        return user;
    }

    @Override
    void close() {
        modelDone = true;
        cancelTimer();
        backend.rtp.close(rtp);
        rtp = null;
    }

    @Override
    public String toString() {
        return "outgoing call " + callId + " leg " + leg + " from " + user + " " + phase;
    }
}
