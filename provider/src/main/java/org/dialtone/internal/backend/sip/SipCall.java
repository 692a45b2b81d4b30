package org.dialtone.internal.backend.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SIP dialog the backend carries for the model: an {@link OutgoingCall} for a leg the model
 * routed, an {@link IncomingCall} for an INVITE to one of the provider's users. Every method runs
 * on the backend's thread. A call is known by its Call-ID (for SIP events) and by its legs (for
 * commands) until it is over on both sides.
 *
 * <p>Both kinds carry DTMF digits the same way, as SIP INFO with an {@code application/dtmf-relay}
 * body: sent one digit per INFO, each after the previous one was answered, so they arrive in
 * order; received from the far end (also as {@code application/dtmf}) and told to the model.
 */
abstract class SipCall {
    private static final Logger LOG = LoggerFactory.getLogger(SipCall.class);
    /** How long each digit sounds, in milliseconds, as dtmf-relay says it. */
    private static final int DIGIT_MILLIS = 160;

    final SipBackend backend;
    final String callId;
    private final Deque<Character> digitsToSend = new ArrayDeque<>();
    private ClientTransaction digitInFlight;

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

    // ---- digits ----------------------------------------------------------------------------------

    /** Sends {@code digits} to the far end, after any still on their way. */
    void sendDigits(String digits) {
        if (confirmedDialog() == null) {
            LOG.info("call {}: digits '{}' not sent: the call is not connected", callId, digits);
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
