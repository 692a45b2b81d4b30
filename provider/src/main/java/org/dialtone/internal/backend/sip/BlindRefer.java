package org.dialtone.internal.backend.sip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.header.ReferToHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.events.Ev;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blind transfer of a call's far end by REFER (RFC 3515): the far end (the transferee) is asked
 * to call the destination itself, and its NOTIFYs (message/sipfrag) tell how that call goes. The
 * model knows that call as leg {@code leg}: 180/183 is reached and alerting, 2xx reached and
 * answered, a refusal failed with the matching cause (the model then leaves the call as it was,
 * and so does the transferee, RFC 5589). 202 and 100 say nothing of the destination yet, so they
 * move nothing: a busy destination must still be able to refuse the transfer. Once the destination answered
 * and the model has moved the parties ({@link #transferred}), Dialtone is out of the call: it
 * hangs up its dialog with the transferee and tells the model that both parties left its sight.
 * Runs on the backend's thread.
 */
final class BlindRefer {
    private static final Logger LOG = LoggerFactory.getLogger(BlindRefer.class);

    private final SipCall call;
    private final long leg;
    private final String destination;
    private ClientTransaction refer;
    private boolean reached;
    private boolean alerted;
    private boolean answered;
    /** The model moved the parties: the transfer is its, whatever comes now. */
    private boolean transferred;
    private boolean over;

    private BlindRefer(SipCall call, long leg, String destination) {
        this.call = call;
        this.leg = leg;
        this.destination = destination;
    }

    /** Sends REFER on {@code call}'s dialog; if it cannot go, leg {@code leg} fails at once. */
    static BlindRefer start(SipCall call, Dialog dialog, long leg, String destination) {
        BlindRefer transfer = new BlindRefer(call, leg, destination);
        SipBackend backend = call.backend;
        try {
            Request request = dialog.createRequest(Request.REFER);
            ReferToHeader referTo = backend.sip.headers.createReferToHeader(
                    backend.sip.addresses.createAddress(backend.messages.destination(destination)));
            request.addHeader(referTo);
            request.addHeader(backend.messages.contact(call.localUser()));
            transfer.refer = backend.sip.provider.getNewClientTransaction(request);
            dialog.sendRequest(transfer.refer);
        } catch (Exception e) {
            LOG.info("call {}: could not send REFER to {}: {}", call.callId, destination, e.toString());
            backend.signal(s -> s.failed(leg, Ev.CAUSE_DEST_NOT_OBTAINABLE));
            return null;
        }
        return transfer;
    }

    /** Whether {@code event} answers the REFER: 202 means the transferee is about to call, a refusal fails the leg. */
    boolean onResponse(ResponseEvent event) {
        if (refer == null || event.getClientTransaction() != refer) {
            return false;
        }
        int code = event.getResponse().getStatusCode();
        if (code >= 300) {
            progress(code);
        } else if (code >= 200) {
            progress(Response.TRYING);
        }
        return true;
    }

    /** Whether {@code event} is the REFER timing out: the transfer fails, the call goes on. */
    boolean onTimeout(TimeoutEvent event) {
        if (refer == null || event.getClientTransaction() != refer) {
            return false;
        }
        progress(Response.REQUEST_TIMEOUT);
        return true;
    }

    /** The transferee's NOTIFY: 200, and the status line of its sipfrag moves the leg on. */
    void onNotify(RequestEvent event) {
        call.backend.respond(event, Response.OK);
        Request notify = event.getRequest();
        byte[] body = notify.getRawContent();
        int code = body == null ? -1 : statusOf(new String(body, StandardCharsets.UTF_8));
        if (code > 0) {
            progress(code);
        } else {
            SubscriptionStateHeader state = (SubscriptionStateHeader) notify.getHeader(SubscriptionStateHeader.NAME);
            if (state != null && state.getState().equalsIgnoreCase(SubscriptionStateHeader.TERMINATED) && !answered) {
                progress(Response.REQUEST_TERMINATED); // the subscription ended with no final word
            }
        }
    }

    /** The status code of a sipfrag's first line ({@code SIP/2.0 180 Ringing}), or -1. */
    static int statusOf(String sipfrag) {
        String first = sipfrag.strip().split("\r?\n", 2)[0].trim();
        String[] fields = first.split("\\s+");
        if (fields.length < 2 || !fields[0].toUpperCase(Locale.ROOT).startsWith("SIP/")) {
            return -1;
        }
        try {
            int code = Integer.parseInt(fields[1]);
            return code >= 100 && code < 700 ? code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void progress(int code) {
        if (over) {
            return;
        }
        if (code >= 300) {
            over = true;
            LOG.debug("call {}: the transfer to {} failed: {}", call.callId, destination, code);
            call.backend.forgetLeg(leg);
            call.backend.signal(s -> s.failed(leg, SipCauses.ofFailure(code)));
            call.referEnded(transferred);
            return;
        }
        if (code < 180) {
            return; // accepted or trying says nothing of the destination yet; it may still be busy
        }
        if (!reached) {
            reached = true;
            call.backend.signal(s -> s.reached(leg));
        }
        if (code >= 180 && code < 200 && !alerted) {
            alerted = true;
            call.backend.signal(s -> s.alerting(leg));
        }
        if (code >= 200 && !answered) {
            answered = true;
            call.backend.signal(s -> s.answered(leg, null));
            finishIfDone();
        }
    }

    /** The model moved the parties (Backend.transfer): once the destination answered, we leave. */
    void transferred() {
        transferred = true;
        finishIfDone();
    }

    /** The model let go of the destination's leg: the transferee's new call is not ours to end. */
    void released() {
        call.backend.forgetLeg(leg);
        if (!over) {
            over = true;
            call.referEnded(transferred);
        }
    }

    private void finishIfDone() {
        if (answered && transferred && !over) {
            over = true;
            call.backend.forgetLeg(leg);
            call.backend.signal(s -> s.released(leg, Ev.CAUSE_NORMAL));
            call.referEnded(true);
        }
    }

    /** The model's leg for the call to the destination. */
    long leg() {
        return leg;
    }

    boolean isOver() {
        return over;
    }
}
