package org.dialtone.internal.backend.sip;

import javax.sip.Dialog;
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
final class BlindRefer extends Refer {
    private static final Logger LOG = LoggerFactory.getLogger(BlindRefer.class);

    private final long leg;
    private final String destination;
    private boolean reached;
    private boolean alerted;
    private boolean answered;
    /** The model moved the parties: the transfer is its, whatever comes now. */
    private boolean transferred;
    private boolean over;

    private BlindRefer(SipCall call, long leg, String destination) {
        super(call);
        this.leg = leg;
        this.destination = destination;
    }

    /** Sends REFER on {@code call}'s dialog; if it cannot go, leg {@code leg} fails at once. */
    static BlindRefer start(SipCall call, Dialog dialog, long leg, String destination) {
        BlindRefer transfer = new BlindRefer(call, leg, destination);
        SipBackend backend = call.backend;
        try {
            transfer.send(dialog, backend.sip.addresses.createAddress(backend.messages.destination(destination)));
        } catch (Exception e) {
            LOG.info("call {}: could not send REFER to {}: {}", call.callId, destination, e.toString());
            backend.signal(s -> s.failed(leg, Ev.CAUSE_DEST_NOT_OBTAINABLE));
            return null;
        }
        return transfer;
    }

    @Override
    boolean succeeded() {
        return answered;
    }

    /**
     * 180/183 is reached and alerting, 2xx reached and answered, a refusal failed; 202 and 100
     * move nothing (a busy destination must still be able to refuse the transfer).
     */
    @Override
    void progress(int code) {
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
    @Override
    void transferred() {
        transferred = true;
        finishIfDone();
    }

    /** The model let go of the destination's leg: the transferee's new call is not ours to end. */
    @Override
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
    @Override
    long leg() {
        return leg;
    }

    boolean isOver() {
        return over;
    }
}
