package org.dialtone.internal.backend.sip;

import java.nio.charset.StandardCharsets;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.message.Request;
import javax.telephony.events.Ev;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consultation transfer by REFER with Replaces (RFC 3515, RFC 3891, RFC 5589 section 7): the
 * transferee, on its dialog, is asked to call the consulted party (the target) with an INVITE
 * that replaces our consultation dialog with it; the Refer-To names the target's Contact (the
 * device holding that dialog) and carries the dialog's Call-ID, to-tag (the target's) and
 * from-tag (ours). The model waits for the answer on
 * its request id: a sipfrag 2xx is {@code answered}, a refusal of the REFER or a final non-2xx
 * sipfrag is {@code failed}, and both calls stay as they were. Once the model has moved the
 * parties ({@link #transferred}), Dialtone leaves both dialogs with BYE and tells the model that
 * both parties left its sight. A target that hangs up the replaced dialog itself (as it should,
 * RFC 3891) before the NOTIFY says so has its BYE kept until the transfer is decided, so that the
 * model never sees the consulted party leave half-way. Runs on the backend's thread.
 */
final class ReplacesRefer extends Refer {
    private static final Logger LOG = LoggerFactory.getLogger(ReplacesRefer.class);

    private final SipCall target;
    private final long request;
    private boolean answered;
    private boolean over;
    /** The target's BYE of the replaced dialog, answered once the transfer is decided. */
    private RequestEvent targetBye;

    private ReplacesRefer(SipCall transferee, SipCall target, long request) {
        super(transferee);
        this.target = target;
        this.request = request;
    }

    /**
     * Sends REFER on {@code transferee}'s dialog naming {@code target}'s; null (and request
     * {@code request} failed) if either dialog is not confirmed or the REFER cannot go.
     */
    static ReplacesRefer start(SipCall transferee, SipCall target, long request) {
        SipBackend backend = transferee.backend;
        Dialog referred = transferee.confirmedDialog();
        Dialog replaced = target.confirmedDialog();
        if (referred == null || replaced == null) {
            LOG.info("call {}: no transfer to call {}: not both connected", transferee.callId, target.callId);
            backend.signal(s -> s.failed(request, Ev.CAUSE_CALL_CANCELLED));
            return null;
        }
        ReplacesRefer transfer = new ReplacesRefer(transferee, target, request);
        try {
            transfer.send(referred, referTo(backend, replaced));
        } catch (Exception e) {
            LOG.info("call {}: could not send REFER with Replaces of call {}: {}", transferee.callId, target.callId,
                    e.toString());
            backend.signal(s -> s.failed(request, Ev.CAUSE_DEST_NOT_OBTAINABLE));
            return null;
        }
        return transfer;
    }

    /**
     * The target's remote target (its Contact, the device that holds the dialog, RFC 5589 section
     * 7; its address-of-record only if the dialog has none) with
     * {@code ?Replaces=<call-id>;to-tag=<theirs>;from-tag=<ours>} (RFC 3891).
     */
    static Address referTo(SipBackend backend, Dialog replaced) throws Exception {
        Address contact = replaced.getRemoteTarget();
        Address named = contact != null && contact.getURI() instanceof SipURI ? contact : replaced.getRemoteParty();
        SipURI uri = (SipURI) named.getURI().clone();
        uri.removeParameter("tag");
        String replaces = replaced.getCallId().getCallId() + ";to-tag=" + replaced.getRemoteTag() + ";from-tag="
                + replaced.getLocalTag();
        uri.setHeader("Replaces", escape(replaces));
        return backend.sip.addresses.createAddress(uri);
    }

    /** Escapes a URI header value (RFC 3261 hvalue): anything but unreserved characters goes as %XX. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    @Override
    boolean succeeded() {
        return answered;
    }

    /** A 2xx sipfrag: the transferee talks with the target; a final refusal: the transfer failed. */
    @Override
    void progress(int code) {
        if (over || answered || code < 200) {
            return;
        }
        if (code >= 300) {
            LOG.debug("call {}: the transfer to call {} failed: {}", call.callId, target.callId, code);
            end(false);
            call.backend.signal(s -> s.failed(request, SipCauses.ofFailure(code)));
            return;
        }
        answered = true;
        call.backend.signal(s -> s.answered(request, null));
    }

    /** The model moved the parties: Dialtone leaves both dialogs. */
    @Override
    void transferred() {
        end(true);
    }

    /** The model withdrew the request (no answer in time, or the calls changed meanwhile). */
    @Override
    void released() {
        end(false);
    }

    private void end(boolean transferred) {
        if (over) {
            return;
        }
        over = true;
        call.backend.forgetLeg(request);
        target.replacedBy(null);
        call.referEnded(transferred);
        if (targetBye != null) {
            target.onRequest(targetBye);
        } else if (transferred) {
            target.handOff();
        }
    }

    /** Whether the target's {@code event} is kept until the transfer is decided: its BYE is. */
    boolean keeps(RequestEvent event) {
        if (over || !event.getRequest().getMethod().equals(Request.BYE)) {
            return false;
        }
        if (targetBye == null) {
            targetBye = event;
        }
        return true; // a retransmission is the stack's to absorb
    }

    @Override
    long leg() {
        return request;
    }
}
