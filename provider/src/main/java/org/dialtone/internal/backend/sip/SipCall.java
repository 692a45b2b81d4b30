package org.dialtone.internal.backend.sip;

import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.events.Ev;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SIP dialog the backend carries for the model: an {@link OutgoingCall} for a leg the model
 * routed, an {@link IncomingCall} for an INVITE to one of the provider's users. Every method runs
 * on the backend's thread. A call is known by its Call-ID (for SIP events) and by its legs (for
 * commands) until it is over on both sides.
 *
 * <p>Both kinds carry DTMF digits the same way: as RFC 4733 telephone-events on RTP when both
 * session descriptions carry telephone-event ({@link RtpDtmf}), else as SIP INFO with an
 * {@code application/dtmf-relay} body, sent one digit per INFO, each after the previous one was
 * answered, so they arrive in order. Digits from the far end (RTP events, or INFO with
 * dtmf-relay or {@code application/dtmf}) are told to the model.
 *
 * <p>Both carry hold the same way too: our hold of the far end is a re-INVITE offering
 * {@code sendonly}, its end one offering {@code sendrecv}, one at a time (a change asked for while
 * one is on its way goes after it; one answered 491 goes again after {@link ReinviteGlare}'s wait,
 * and a far end's re-INVITE that crosses ours is answered 491). The far end's re-INVITE is answered 200 with the direction
 * RFC 3264 allows (recvonly to its sendonly, for a far end that holds us). JTAPI has no state for
 * being held by a party beyond the provider, so that changes no state in the model.
 */
abstract class SipCall {
    private static final Logger LOG = LoggerFactory.getLogger(SipCall.class);
    /** How long each digit sounds, in milliseconds, as dtmf-relay says it. */
    private static final int DIGIT_MILLIS = 160;

    final SipBackend backend;
    final String callId;
    private final Deque<Character> digitsToSend = new ArrayDeque<>();
    private ClientTransaction digitInFlight;
    /** Our session description's origin: its session id, version (one more each time it changes) and port. */
    private long sdpSession;
    private long sdpVersion;
    private int sdpPort;
    /** Whether the model holds the far end, and what the dialog last agreed (or is being asked). */
    private boolean holding;
    private boolean holdOffered;
    private ClientTransaction reinvite;
    /** The hang-up (BYE) asked for while our re-INVITE was on its way, or null. */
    private Runnable afterReinvite;
    /** Our re-INVITE was answered 491: it goes again when this fires (see {@link ReinviteGlare}). */
    private ScheduledFuture<?> glareRetry;
    /** A transfer of the far end under way (REFER on this dialog), or null. */
    private Refer refer;
    /** A consultation transfer under way that replaces this dialog, or null. */
    private ReplacesRefer replacedBy;
    /** The sender of our digits as RTP events when both descriptions allow it (see {@link RtpDtmf}), else null. */
    private RtpEventSender rtpDigits;
    /** The far end's transfer of our user under way (it sent REFER), or null. */
    private InboundRefer transferredBy;
    /** The call's RTP port once its first offer/answer is done (each later one agrees on it again), else null. */
    private DatagramChannel rtpChannel;
    /** The offer of our re-INVITE on its way, agreed with the answer its 2xx brings. */
    private byte[] reinviteOffer;

    SipCall(SipBackend backend, String callId) {
        this.backend = backend;
        this.callId = callId;
    }

    /** A request within this call: ACK, BYE, CANCEL, INFO or a re-INVITE. */
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

    /** The dialog once it is confirmed (answered and ACKed), else null. */
    abstract Dialog confirmedDialog();

    /** The far party's name in the model (the number dialled, or the caller's URI). */
    abstract String farParty();

    /** The provider's user on our side of the dialog, for our Contact. */
    abstract String localUser();

    /** Our first session description went out with origin {@code session} and media on {@code port}. */
    final void described(long session, int port) {
        sdpSession = session;
        sdpVersion = session;
        sdpPort = port;
    }

    /**
     * The offer/answer of the call's media is done: {@code ours} and {@code theirs} say whether
     * digits ride on RTP through {@code channel} (our port) from now on.
     */
    final void mediaAgreed(DatagramChannel channel, byte[] ours, byte[] theirs) {
        rtpChannel = channel;
        rtpDigits = RtpDtmf.agree(backend, callId, channel, ours, theirs, this::onRtpDigit);
    }

    /** A re-INVITE's offer/answer is done: the digits follow the far end's media as it now describes them. */
    private void mediaAgreedAgain(byte[] ours, byte[] theirs) {
        if (rtpChannel != null && ours != null && theirs != null && theirs.length > 0) {
            rtpDigits = RtpDtmf.agree(backend, callId, rtpChannel, ours, theirs, this::onRtpDigit);
        }
    }

    /** A digit arrived as an RTP event: the model hears it as it hears one sent by INFO. */
    private void onRtpDigit(char digit) {
        if (confirmedDialog() != null) {
            String party = farParty();
            backend.signal(s -> s.digits(party, String.valueOf(digit)));
        }
    }

    /**
     * The far end, transferred elsewhere, is out of our sight: tell the model its leg is released
     * (unless the model already let it go) and hang up our dialog with it.
     */
    abstract void handOff();

    /**
     * The model transferred this call's far end to leg {@code newLocal}, a user of this provider:
     * the dialog stays, now for that user, so the hang-up of the transferring user must not end it.
     */
    void takenOverBy(long newLocal) {
        // an outgoing call does not track its local leg: nothing to move
    }

    // ---- blind transfer (REFER) ------------------------------------------------------------------

    /** Asks the far end to call {@code destination} (REFER); the model knows that call as {@code leg}. */
    void refer(long leg, String destination) {
        Dialog dialog = confirmedDialog();
        if (dialog == null || refer != null) {
            LOG.info("call {}: no transfer to {}: the call is not connected or already being transferred",
                    callId, destination);
            backend.signal(s -> s.failed(leg, Ev.CAUSE_CALL_CANCELLED));
            return;
        }
        refer = BlindRefer.start(this, dialog, leg, destination);
        if (refer != null) {
            backend.track(this, leg);
        }
    }

    // ---- consultation transfer (REFER with Replaces) -------------------------------------------------

    /**
     * Asks the far end to call {@code target}'s far end in place of this provider's dialog with it
     * (REFER with Replaces); the model waits for the answer on {@code request}.
     */
    void referReplacing(long request, SipCall target) {
        if (refer != null || target.replacedBy != null) {
            LOG.info("call {}: no transfer to call {}: a transfer is already under way", callId, target.callId);
            backend.signal(s -> s.failed(request, Ev.CAUSE_CALL_CANCELLED));
            return;
        }
        ReplacesRefer replacing = ReplacesRefer.start(this, target, request);
        if (replacing != null) {
            refer = replacing;
            target.replacedBy = replacing;
            backend.track(this, request);
        }
    }

    /** Whether this call's dialog is being replaced by a transfer that took it as target. */
    void replacedBy(ReplacesRefer transfer) {
        replacedBy = transfer;
    }

    /**
     * Whether the backend must not hand {@code event} to this call yet: the BYE of a dialog being
     * replaced waits until the transfer is decided.
     */
    boolean kept(RequestEvent event) {
        return replacedBy != null && replacedBy.keeps(event);
    }

    /** Whether a consultation transfer of the far end is under way (REFER with Replaces on this dialog). */
    boolean isReplacing() {
        return refer instanceof ReplacesRefer;
    }

    /** The model's leg for the far end of this call. */
    abstract long farLeg();

    /** Whether a blind transfer is under way (the controller's hang-up must not end our dialog yet). */
    boolean referring() {
        return refer != null;
    }

    /** Whether {@code leg} is the destination's leg of the blind transfer under way. */
    boolean isReferLeg(long leg) {
        return refer != null && refer.leg() == leg;
    }

    /** The model moved the parties of this call to the transfer's destination. */
    void referTransferred() {
        if (refer != null) {
            refer.transferred();
        }
    }

    /** The model let go of the transfer's destination leg. */
    void referReleased() {
        if (refer != null) {
            refer.released();
        }
    }

    /** The transfer is over; if the model had moved the parties, we leave the call. */
    void referEnded(boolean transferred) {
        refer = null;
        if (transferred) {
            handOff();
        }
    }

    /**
     * Our dialog with the transferee is over: a transfer still without its final word fails; one
     * that succeeded is done (the transferee hung up before the model's move reached us, which then
     * finds no dialog to leave).
     */
    final void referDialogEnded() {
        if (refer == null) {
            return;
        }
        if (refer.succeeded()) {
            refer.transferred();
        } else {
            refer.progress(Response.REQUEST_TERMINATED);
        }
    }

    boolean isReferResponse(ResponseEvent event) {
        return refer != null && refer.onResponse(event);
    }

    boolean isReferTimeout(TimeoutEvent event) {
        return refer != null && refer.onTimeout(event);
    }

    /** A NOTIFY on this dialog: the transfer's progress, or 481 when no transfer is under way. */
    void onNotify(RequestEvent event) {
        if (refer != null) {
            refer.onNotify(event);
        } else {
            backend.respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
    }

    // ---- being transferred (inbound REFER) ---------------------------------------------------------

    /** The far end's REFER: see {@link InboundRefer}. */
    void onRefer(RequestEvent event) {
        InboundRefer taken = InboundRefer.take(this, event);
        if (taken != null) {
            transferredBy = taken;
        }
    }

    /** Whether the far end is transferring our user. */
    boolean beingTransferred() {
        return transferredBy != null;
    }

    /** The far end's transfer of our user has its outcome. */
    void transferEnded() {
        transferredBy = null;
    }

    /**
     * The far end sent BYE: whether a transfer of ours it started is under way, which then tells
     * the model (only if the transfer fails); else the caller tells it the far end left.
     */
    boolean referrerLeaves() {
        if (transferredBy == null) {
            return false;
        }
        transferredBy.referrerLeft();
        return true;
    }

    // ---- hold --------------------------------------------------------------------------------------

    /** The model holds ({@code on}) or retrieves the far end: a re-INVITE, now or after the one on its way. */
    void hold(boolean on) {
        holding = on;
        reinviteUnlessPending();
    }

    /** Whether our side sent the dialog's first INVITE (then it waits longer after a glare). */
    boolean ownsCallId() {
        return false;
    }

    /** The dialog is confirmed: a hold (or retrieve) the model asked for before it was goes now. */
    final void dialogConfirmed() {
        reinviteUnlessPending();
    }

    /** Offers what the model now wants, unless a re-INVITE of ours is on its way or waits to go again. */
    private void reinviteUnlessPending() {
        if (reinvite == null && glareRetry == null) {
            sendReinvite();
        }
    }

    private void sendReinvite() {
        Dialog dialog = confirmedDialog();
        if (dialog == null || holding == holdOffered) {
            return;
        }
        boolean offering = holding;
        try {
            Request invite = dialog.createRequest(Request.INVITE);
            invite.addHeader(backend.messages.contact(localUser()));
            byte[] offer = Sdp.offer("dialtone", backend.config.host(), sdpPort, sdpSession, ++sdpVersion,
                    offering ? Sdp.SENDONLY : Sdp.SENDRECV);
            invite.setContent(offer, backend.messages.sdpType());
            reinvite = backend.sip.provider.getNewClientTransaction(invite);
            reinviteOffer = offer;
            dialog.sendRequest(reinvite);
            holdOffered = offering;
        } catch (Exception e) {
            LOG.warn("call {}: could not send the {} re-INVITE: {}", callId, offering ? "hold" : "retrieve",
                    e.toString());
            reinvite = null;
        }
    }

    /**
     * Hangs up {@code dialog} with BYE, then runs {@code over}. While our re-INVITE is on its way
     * both wait until it is answered (and ACKed) or times out: a BYE overtaking the re-INVITE's
     * ACK is out of order for a far end that expects the ACK first.
     */
    final void bye(Dialog dialog, Runnable over) {
        if (reinvite != null) {
            afterReinvite = () -> bye(dialog, over);
            return;
        }
        try {
            Request bye = dialog.createRequest(Request.BYE);
            dialog.sendRequest(backend.sip.provider.getNewClientTransaction(bye));
        } catch (Exception e) {
            LOG.warn("call {}: could not send BYE: {}", callId, e.toString());
        }
        over.run();
    }

    /** Runs the hang-up that waited for the re-INVITE, if any; whether there was one. */
    private boolean hangUpAfterReinvite() {
        Runnable hangUp = afterReinvite;
        afterReinvite = null;
        if (hangUp != null) {
            hangUp.run();
        }
        return hangUp != null;
    }

    /**
     * Whether {@code event} answers our re-INVITE: a 2xx is ACKed; a refusal leaves the media as
     * they were (the model's hold stays: JTAPI's hold is the terminal's, which we still keep).
     */
    boolean isReinviteResponse(ResponseEvent event) {
        if (reinvite == null || event.getClientTransaction() != reinvite) {
            return false;
        }
        Response response = event.getResponse();
        int code = response.getStatusCode();
        if (code < 200) {
            return true;
        }
        reinvite = null;
        if (code < 300) {
            try {
                long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
                Dialog dialog = event.getDialog() != null ? event.getDialog() : confirmedDialog();
                dialog.sendAck(dialog.createAck(cseq));
            } catch (Exception e) {
                LOG.warn("call {}: could not ACK the re-INVITE's answer: {}", callId, e.toString());
            }
            mediaAgreedAgain(reinviteOffer, response.getRawContent());
        } else {
            LOG.info("call {}: the far end refused the {} re-INVITE: {} {}", callId,
                    holdOffered ? "hold" : "retrieve", code, response.getReasonPhrase());
            holdOffered = !holdOffered;
            if (code == Response.REQUEST_PENDING) {
                if (hangUpAfterReinvite()) {
                    return true; // the call ends: nothing to retry
                }
                // Glare: the far end's own re-INVITE goes first, ours again after a random wait.
                glareRetry = backend.schedule(
                        ReinviteGlare.retryDelay(ownsCallId(), ThreadLocalRandom.current()), () -> {
                            glareRetry = null;
                            reinviteUnlessPending();
                        });
                return true;
            }
        }
        if (!hangUpAfterReinvite()) {
            sendReinvite();
        }
        return true;
    }

    /** Whether {@code event} is our re-INVITE timing out (the media stay as they were). */
    boolean isReinviteTimeout(TimeoutEvent event) {
        if (reinvite == null || event.getClientTransaction() != reinvite) {
            return false;
        }
        LOG.info("call {}: the far end did not answer the re-INVITE", callId);
        reinvite = null;
        holdOffered = !holdOffered;
        hangUpAfterReinvite();
        return true;
    }

    /**
     * The far end's re-INVITE: answered 200 with our media in the direction its offer allows (or
     * with our offer, if it sent none), 491 while the dialog is not up or ours is on its way, 488
     * if its offer cannot be answered.
     */
    void onReinvite(RequestEvent event) {
        Request request = event.getRequest();
        if (confirmedDialog() == null || reinvite != null) {
            backend.respond(event, Response.REQUEST_PENDING);
            return;
        }
        byte[] offer = request.getRawContent();
        byte[] sdp;
        try {
            if (offer == null || offer.length == 0) {
                sdp = Sdp.offer("dialtone", backend.config.host(), sdpPort, sdpSession, ++sdpVersion,
                        holding ? Sdp.SENDONLY : Sdp.SENDRECV);
            } else {
                String offered = Sdp.direction(offer);
                String answered = Sdp.answerDirection(offered, holding);
                sdp = Sdp.answer(offer, "dialtone", backend.config.host(), sdpPort, sdpSession, ++sdpVersion,
                        answered);
                LOG.debug("call {}: the far end offers {}, we answer {}", callId, offered, answered);
            }
        } catch (IllegalArgumentException e) {
            LOG.info("call {}: refusing the far end's re-INVITE: {}", callId, e.getMessage());
            backend.respond(event, Response.NOT_ACCEPTABLE_HERE);
            return;
        }
        try {
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : backend.sip.provider.getNewServerTransaction(request);
            Response ok = backend.messages.response(request, Response.OK, null, localUser());
            ok.setContent(sdp, backend.messages.sdpType());
            transaction.sendResponse(ok);
            // An offer-less re-INVITE's answer comes in its ACK, which is not read: the digits stay as agreed.
            mediaAgreedAgain(sdp, offer);
        } catch (Exception e) {
            LOG.warn("call {}: could not answer the far end's re-INVITE: {}", callId, e.toString());
        }
    }

    // ---- digits ----------------------------------------------------------------------------------

    /** Sends {@code digits} to the far end, after any still on their way. */
    void sendDigits(String digits) {
        if (confirmedDialog() == null) {
            LOG.info("call {}: digits '{}' not sent: the call is not connected", callId, digits);
            return;
        }
        if (rtpDigits != null) {
            rtpDigits.send(digits);
            return;
        }
        for (char digit : digits.toCharArray()) {
            digitsToSend.add(digit);
        }
        if (digitInFlight == null) {
            sendNextDigit();
        }
    }

    private void sendNextDigit() {
        Character digit = digitsToSend.poll();
        Dialog dialog = confirmedDialog();
        if (digit == null || dialog == null) {
            digitsToSend.clear();
            return;
        }
        try {
            Request info = dialog.createRequest(Request.INFO);
            info.setContent("Signal=" + digit + "\r\nDuration=" + DIGIT_MILLIS + "\r\n",
                    backend.sip.headers.createContentTypeHeader("application", "dtmf-relay"));
            digitInFlight = backend.sip.provider.getNewClientTransaction(info);
            dialog.sendRequest(digitInFlight);
        } catch (Exception e) {
            LOG.warn("call {}: could not send digit {}: {}", callId, digit, e.toString());
            digitInFlight = null;
            digitsToSend.clear();
        }
    }

    /** Whether {@code event} answers a digit's INFO (then the next digit goes). */
    boolean isDigitResponse(ResponseEvent event) {
        if (digitInFlight == null || event.getClientTransaction() != digitInFlight) {
            return false;
        }
        if (event.getResponse().getStatusCode() >= 200) {
            digitInFlight = null;
            sendNextDigit();
        }
        return true;
    }

    /** Whether {@code event} is a digit's INFO timing out (the digits still queued are dropped). */
    boolean isDigitTimeout(TimeoutEvent event) {
        if (digitInFlight == null || event.getClientTransaction() != digitInFlight) {
            return false;
        }
        LOG.info("call {}: the far end did not answer a digit; {} more dropped", callId, digitsToSend.size());
        digitInFlight = null;
        digitsToSend.clear();
        return true;
    }

    /** The far end sent INFO: 200, and a digit in it goes to the model. */
    void onInfo(RequestEvent event) {
        Request info = event.getRequest();
        String digit = digitOf(info);
        backend.respond(event, digit != null || info.getRawContent() == null ? Response.OK
                : Response.UNSUPPORTED_MEDIA_TYPE);
        if (digit != null && confirmedDialog() != null) {
            String party = farParty();
            backend.signal(s -> s.digits(party, digit));
        }
    }

    /** The digit of a dtmf-relay ({@code Signal=5}) or dtmf ({@code 5}) INFO body, or null. */
    private static String digitOf(Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] body = info.getRawContent();
        if (type == null || body == null) {
            return null;
        }
        String kind = (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8).trim();
        String value = null;
        if (kind.equals("application/dtmf-relay")) {
            for (String line : text.split("\r?\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("signal")) {
                    value = line.substring(eq + 1).trim();
                }
            }
        } else if (kind.equals("application/dtmf")) {
            value = text;
        }
        if (value == null || value.length() != 1) {
            return null;
        }
        char c = Character.toUpperCase(value.charAt(0));
        return "0123456789*#ABCD".indexOf(c) >= 0 ? String.valueOf(c) : null;
    }
}
