package org.dialtone.internal.backend.sip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.header.ReferToHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * What every REFER of ours shares (RFC 3515): the request on the referred party's dialog, and the
 * implicit subscription that answers it. The REFER's own answer and each NOTIFY's message/sipfrag
 * status line come to {@link #progress} as one status code: 202 and the REFER's other 2xx as 100,
 * a refusal or timeout of the REFER as its code, a subscription ended without a final status as
 * 487. What the codes mean is the subclass's: {@link BlindRefer} for a blind transfer,
 * {@link ReplacesRefer} for a consultation transfer. Runs on the backend's thread.
 */
abstract class Refer {
    /** The call whose dialog carries the REFER: the far end asked to call (the transferee). */
    final SipCall call;
    private ClientTransaction request;

    Refer(SipCall call) {
        this.call = call;
    }

    /** Sends REFER on {@code dialog} with Refer-To {@code target}. */
    final void send(Dialog dialog, Address target) throws Exception {
        SipBackend backend = call.backend;
        Request refer = dialog.createRequest(Request.REFER);
        ReferToHeader referTo = backend.sip.headers.createReferToHeader(target);
        refer.addHeader(referTo);
        refer.setHeader(backend.messages.contact(call.localUser())); // the dialog put one already: ours replaces it
        request = backend.sip.provider.getNewClientTransaction(refer);
        dialog.sendRequest(request);
    }

    /** A status code of the transfer's progress, as the class comment says; once over, ignored. */
    abstract void progress(int code);

    /** Whether a final status (2xx) has been heard, so that the subscription's end is no failure. */
    abstract boolean succeeded();

    /** The model's id for what this transfer answers (a leg, or a transfer request). */
    abstract long leg();

    /** The model moved the parties: the transfer is its now. */
    abstract void transferred();

    /** The model let go of {@link #leg()}. */
    abstract void released();

    /** Whether {@code event} answers the REFER: 202 means the transferee is about to call. */
    final boolean onResponse(ResponseEvent event) {
        if (request == null || event.getClientTransaction() != request) {
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
    final boolean onTimeout(TimeoutEvent event) {
        if (request == null || event.getClientTransaction() != request) {
            return false;
        }
        progress(Response.REQUEST_TIMEOUT);
        return true;
    }

    /** The transferee's NOTIFY: 200, and the status line of its sipfrag moves the transfer on. */
    final void onNotify(RequestEvent event) {
        call.backend.respond(event, Response.OK);
        Request notify = event.getRequest();
        byte[] body = notify.getRawContent();
        int code = body == null ? -1 : statusOf(new String(body, StandardCharsets.UTF_8));
        if (code > 0) {
            progress(code);
        }
        SubscriptionStateHeader state = (SubscriptionStateHeader) notify.getHeader(SubscriptionStateHeader.NAME);
        if (state != null && state.getState().equalsIgnoreCase(SubscriptionStateHeader.TERMINATED)
                && !succeeded()) {
            progress(Response.REQUEST_TERMINATED); // the subscription ended with no final word (a 1xx at most)
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
}
