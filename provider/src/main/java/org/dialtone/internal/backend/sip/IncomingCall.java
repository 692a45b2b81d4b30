package org.dialtone.internal.backend.sip;

import java.nio.channels.DatagramChannel;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.backend.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An INVITE to one of the provider's users. It carries two of the model's legs: the caller's (the
 * remote party, announced with {@link Signals#incoming}) and the user's (offered by the model
 * through {@code offerIncoming}). Offered, it rings (180); answered, it sends 200 with the SDP
 * answer; released before that, it refuses the INVITE with the response that matches the cause,
 * after it it hangs up with BYE (once the ACK has come). The caller's CANCEL or BYE releases the
 * caller's leg.
 */
final class IncomingCall extends SipCall {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingCall.class);
    private static final byte[] NO_OFFER = new byte[0];

    private enum Phase {
        /** The model was told; it has not offered the call to the user yet. */
        ANNOUNCED,
        /** 180 sent: the user's terminal rings. */
        RINGING,
        /** 200 sent, no ACK yet. */
        ANSWERED,
        /** ACK received: the dialog is up. */
        CONFIRMED,
        /** Nothing more to do on the wire. */
        OVER
    }

    private final long callerLeg;
    /** The user who takes the call: the one called, or the one who picked it up. */
    private String user;
    private final ServerTransaction invite;
    private final byte[] offer;
    private final String localTag = SipMessages.newTag();
    private final String caller;
    private long localLeg;
    private Phase phase = Phase.ANNOUNCED;
    private DatagramChannel rtp;
    private Dialog dialog;
    private boolean modelDone;
    /** The model hung up between our 200 and the caller's ACK: BYE goes when the ACK comes. */
    private boolean byeWanted;

    private IncomingCall(SipBackend backend, String callId, long callerLeg, String caller, String user,
            ServerTransaction invite, byte[] offer) {
        super(backend, callId);
        this.callerLeg = callerLeg;
        this.caller = caller;
        this.user = user;
        this.invite = invite;
        this.offer = offer;
        this.dialog = invite.getDialog();
    }

    /**
     * Takes a new INVITE for {@code user}: refuses an offer Dialtone cannot answer (488), else
     * announces the call to the model.
     */
    static void start(SipBackend backend, ServerTransaction invite, String user) {
        byte[] offer = offerOf(backend, invite, user);
        if (offer == null) {
            return;
        }
        Request request = invite.getRequest();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        long callerLeg = LegIds.next();
        String caller = callerOf(backend, request);
        IncomingCall call = new IncomingCall(backend, callId, callerLeg, caller, user, invite,
                offer == NO_OFFER ? null : offer);
        backend.track(call, callerLeg);
        backend.signal(s -> s.incoming(callerLeg, caller, user));
    }

    /**
     * Takes an INVITE that replaces a dialog of {@code user} ({@link ReplacingInvite}): answered at
     * once (the user is already talking), as the caller's leg {@code callerLeg}, which the model
     * learns of from the backend's {@code replaced} signal. Returns whether the answer went.
     */
    static boolean startReplacing(SipBackend backend, ServerTransaction invite, String user, long callerLeg) {
        byte[] offer = offerOf(backend, invite, user);
        if (offer == null) {
            return false;
        }
        Request request = invite.getRequest();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        IncomingCall call = new IncomingCall(backend, callId, callerLeg, callerOf(backend, request), user, invite,
                offer == NO_OFFER ? null : offer);
        backend.track(call, callerLeg);
        call.answer(callerLeg, user);
        return call.phase == Phase.ANSWERED;
    }

    /** The name the caller of an INVITE goes by in the model. */
    static String callerOf(SipBackend backend, Request invite) {
        return backend.messages.callerName(((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress());
    }

    /**
     * The INVITE's SDP offer; {@link #NO_OFFER} if it has none (the caller expects our offer in the
     * 200 and answers in the ACK); null, after refusing the INVITE with 488, if we cannot answer it.
     */
    private static byte[] offerOf(SipBackend backend, ServerTransaction invite, String user) {
        byte[] offer = invite.getRequest().getRawContent();
        if (offer == null || offer.length == 0) {
            return NO_OFFER;
        }
        try {
            Sdp.answer(offer, "dialtone", backend.config.host(), 9, 1, 1); // can we answer it at all?
            return offer;
        } catch (IllegalArgumentException e) {
            LOG.info("refusing a call to {}: {}", user, e.getMessage());
            backend.respond(invite, Response.NOT_ACCEPTABLE_HERE);
            return null;
        }
    }

    /** The model offers the call to the user as leg {@code leg}: it rings. */
    void offered(long leg) {
        if (phase != Phase.ANNOUNCED) {
            return;
        }
        localLeg = leg;
        backend.track(this, leg);
        if (send(Response.RINGING, null)) {
            phase = Phase.RINGING;
            tell(s -> s.alerting(leg));
        }
    }

    /** The caller's INVITE, for {@link Forwarder} and {@link Redirection}. */
    Request inviteRequest() {
        return invite.getRequest();
    }

    /** The To tag of our responses to the INVITE. */
    String localTag() {
        return localTag;
    }

    /** The caller's leg. */
    long callerLeg() {
        return callerLeg;
    }

    /** Whether the user's leg {@code leg} still rings (not answered, refused or cancelled). */
    boolean isRinging(long leg) {
        return phase == Phase.RINGING && localLeg == leg;
    }

    /**
     * Answers the INVITE with the 3xx {@code moved} (see {@link Redirection}): the caller calls
     * elsewhere and the call is over here; the model is told by the caller of this method.
     *
     * @return false if the INVITE was already answered (or the response could not be sent)
     */
    boolean redirected(Response moved) throws javax.sip.SipException, javax.sip.InvalidArgumentException {
        if (phase != Phase.ANNOUNCED && phase != Phase.RINGING) {
            return false;
        }
        invite.sendResponse(moved);
        over();
        return true;
    }

    @Override
    void answer(long leg, String terminal) {
        if (phase != Phase.RINGING && phase != Phase.ANNOUNCED) {
            return;
        }
        try {
            rtp = backend.rtp.open();
            long session = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
            int port = RtpDrain.port(rtp);
            byte[] sdp = offer == null ? Sdp.offer("dialtone", backend.config.host(), port, session, session)
                    : Sdp.answer(offer, "dialtone", backend.config.host(), port, session, session);
            described(session, port);
            if (send(Response.OK, sdp)) {
                phase = Phase.ANSWERED;
                dialog = invite.getDialog();
                mediaAgreed(rtp, sdp, offer); // an offer-less INVITE keeps INFO: its answer (in the ACK) is not read
            }
        } catch (Exception e) {
            LOG.warn("call {}: could not answer: {}", callId, e.toString());
            send(Response.SERVER_INTERNAL_ERROR, null);
            tell(s -> s.released(callerLeg, Ev.CAUSE_RESOURCES_NOT_AVAILABLE));
            over();
        }
    }

    /** The user {@code taker} picks up the ringing call as its leg {@code newLeg}: answered at once. */
    void pickedUp(long pickedLeg, long newLeg, String taker) {
        if (pickedLeg != localLeg) {
            return;
        }
        backend.forgetLeg(localLeg);
        localLeg = newLeg;
        user = taker;
        backend.track(this, newLeg);
        answer(newLeg, taker);
    }

    @Override
    void release(long leg, int cause) {
        if (leg == localLeg && referring()) {
            backend.forgetLeg(localLeg); // the user transferred the caller: the transfer's end hangs up
            return;
        }
        modelDone = true;
        switch (phase) {
            case ANNOUNCED:
            case RINGING:
                send(SipCauses.ofRefusal(cause), null);
                over();
                break;
            case ANSWERED:
                byeWanted = true;
                break;
            case CONFIRMED:
                bye();
                break;
            default:
                break;
        }
    }

    @Override
    void onRequest(RequestEvent event) {
        String method = event.getRequest().getMethod();
        switch (method) {
            case Request.ACK:
                if (phase == Phase.ANSWERED) {
                    phase = Phase.CONFIRMED;
                    dialog = event.getDialog() != null ? event.getDialog() : dialog;
                    if (byeWanted) {
                        bye();
                    } else {
                        dialogConfirmed();
                    }
                }
                break;
            case Request.CANCEL:
                backend.respond(event, Response.OK);
                if (phase == Phase.ANNOUNCED || phase == Phase.RINGING) {
                    send(Response.REQUEST_TERMINATED, null);
                    tell(s -> s.released(callerLeg, Ev.CAUSE_CALL_CANCELLED));
                    over();
                }
                break;
            case Request.BYE:
                backend.respond(event, Response.OK);
                if (phase == Phase.ANSWERED || phase == Phase.CONFIRMED) {
                    if (!referrerLeaves()) {
                        tell(s -> s.released(callerLeg, Ev.CAUSE_NORMAL));
                    }
                    over();
                }
                break;
            case Request.INFO:
                onInfo(event);
                break;
            case Request.NOTIFY:
                onNotify(event);
                break;
            case Request.INVITE:
                onReinvite(event);
                break;
            case Request.REFER:
                onRefer(event);
                break;
            default:
                backend.respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
    }

    @Override
    void onResponse(ResponseEvent event) {
        if (!isDigitResponse(event) && !isReferResponse(event)) {
            isReinviteResponse(event); // else our BYE's: nothing waits for it
        }
    }

    @Override
    void onTimeout(TimeoutEvent event) {
        if (isDigitTimeout(event) || isReinviteTimeout(event) || isReferTimeout(event)) {
            return;
        }
        if (event.isServerTransaction() && phase == Phase.ANSWERED) {
            LOG.info("call {}: the caller never ACKed the answer; hanging up", callId);
            tell(s -> s.released(callerLeg, Ev.CAUSE_NETWORK_NOT_OBTAINABLE));
            over();
        }
    }

    @Override
    void onDialogTerminated(Dialog ended) {
        if (phase != Phase.OVER && ended == dialog) {
            tell(s -> s.released(callerLeg, Ev.CAUSE_NORMAL));
            over();
        }
    }

    @Override
    long farLeg() {
        return callerLeg;
    }

    @Override
    void takenOverBy(long newLocal) {
        if (localLeg != 0) {
            backend.forgetLeg(localLeg);
        }
        localLeg = newLocal;
        backend.track(this, newLocal);
    }

    @Override
    void handOff() {
        if (phase == Phase.CONFIRMED) {
            tell(s -> s.released(callerLeg, Ev.CAUSE_NORMAL));
            bye();
        }
    }

    /** Sends a response to the INVITE; for 1xx/2xx with our tag and Contact. */
    private boolean send(int code, byte[] sdp) {
        try {
            boolean dialogForming = code < 300;
            Response response = backend.messages.response(invite.getRequest(), code, localTag,
                    dialogForming ? user : null);
            if (sdp != null) {
                response.setContent(sdp, backend.messages.sdpType());
            }
            invite.sendResponse(response);
            return true;
        } catch (Exception e) {
            LOG.warn("call {}: could not send {}: {}", callId, code, e.toString());
            return false;
        }
    }

    private void bye() {
        bye(dialog, this::over);
    }

    private void tell(Consumer<Signals> signal) {
        if (!modelDone) {
            backend.signal(signal);
        }
    }

    private void over() {
        phase = Phase.OVER;
        modelDone = true;
        referDialogEnded();
        backend.rtp.close(rtp);
        rtp = null;
        backend.forgetLeg(callerLeg);
        if (localLeg != 0) {
            backend.forgetLeg(localLeg);
        }
        backend.forgetCall(this);
    }

    @Override
    Dialog confirmedDialog() {
        return phase == Phase.CONFIRMED ? dialog : null;
    }

    @Override
    String farParty() {
        return caller;
    }

    @Override
    String localUser() {
        return user;
    }

    @Override
    void close() {
        modelDone = true;
        backend.rtp.close(rtp);
        rtp = null;
    }

    @Override
    public String toString() {
        return "incoming call " + callId + " to " + user + " " + phase;
    }
}
