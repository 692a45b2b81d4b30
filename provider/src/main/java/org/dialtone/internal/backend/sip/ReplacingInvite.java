package org.dialtone.internal.backend.sip;

import gov.nist.javax.sip.header.extensions.ReplacesHeader;
import java.util.Iterator;
import java.util.ListIterator;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.dialtone.internal.backend.LegIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new INVITE with a Replaces header (RFC 3891): its caller takes the place of the far end of a
 * confirmed dialog of one of our users (an attended transfer finished by that far end, or a
 * pick-up of a call in progress). It is answered at once, without ringing, as the user is already
 * talking; the model is told that the caller replaced the old far party ({@code Signals.replaced})
 * and the replaced dialog is hung up (BYE).
 *
 * <p>Refused, changing nothing: 481 when no confirmed dialog matches (as the RFC asks for an early
 * dialog we did not start; we do not replace early dialogs we started either, so an INVITE cannot
 * take a call that is still ringing), 486 for a confirmed dialog when the header says
 * {@code early-only}, 400 for a Replaces header that is missing a part or repeated. Matching follows
 * RFC 3891: {@code to-tag} is our tag, {@code from-tag} the far end's. Runs on the backend's thread.
 */
final class ReplacingInvite {
    private static final Logger LOG = LoggerFactory.getLogger(ReplacingInvite.class);
    /** The header that makes an INVITE one of these. */
    static final String HEADER = ReplacesHeader.NAME;

    private ReplacingInvite() {
    }

    static void take(SipBackend backend, RequestEvent event) {
        Request request = event.getRequest();
        ServerTransaction invite;
        try {
            invite = event.getServerTransaction() != null ? event.getServerTransaction()
                    : backend.sip.provider.getNewServerTransaction(request);
        } catch (TransactionAlreadyExistsException retransmission) {
            return;
        } catch (Exception e) {
            LOG.debug("cannot take an INVITE with Replaces: {}", e.toString());
            return;
        }
        ListIterator<?> headers = request.getHeaders(ReplacesHeader.NAME);
        Object first = headers.hasNext() ? headers.next() : null;
        if (!(first instanceof ReplacesHeader) || headers.hasNext() || ((ReplacesHeader) first).getToTag() == null
                || ((ReplacesHeader) first).getFromTag() == null) {
            refuse(backend, invite, Response.BAD_REQUEST, "Bad Replaces");
            return;
        }
        ReplacesHeader replaces = (ReplacesHeader) first;
        SipCall old = backend.call(replaces.getCallId());
        Dialog dialog = old == null ? null : old.confirmedDialog();
        if (dialog == null || !replaces.getToTag().equals(dialog.getLocalTag())
                || !replaces.getFromTag().equals(dialog.getRemoteTag())) {
            refuse(backend, invite, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "No Confirmed Dialog To Replace");
            return;
        }
        if (isEarlyOnly(replaces)) {
            refuse(backend, invite, Response.BUSY_HERE, null);
            return;
        }
        if (!backend.accepting()) {
            refuse(backend, invite, Response.TEMPORARILY_UNAVAILABLE, null);
            return;
        }
        long newLeg = LegIds.next();
        long oldLeg = old.farLeg();
        String caller = IncomingCall.callerOf(backend, request);
        LOG.debug("call {}: {} replaces the far end of {}'s call {}", invite.getDialog(), caller, old.localUser(),
                old.callId);
        if (IncomingCall.startReplacing(backend, invite, old.localUser(), newLeg)) {
            backend.signal(s -> s.replaced(oldLeg, newLeg, caller));
            old.handOff(); // the model no longer knows the old leg: only our BYE goes out
        }
    }

    private static boolean isEarlyOnly(ReplacesHeader replaces) {
        for (Iterator<?> names = replaces.getParameterNames(); names.hasNext(); ) {
            if ("early-only".equalsIgnoreCase((String) names.next())) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(SipBackend backend, ServerTransaction invite, int code, String reason) {
        LOG.info("refusing an INVITE with Replaces: {}{}", code, reason == null ? "" : " " + reason);
        try {
            Response response = backend.messages.response(invite.getRequest(), code, SipMessages.newTag(), null);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            invite.sendResponse(response);
        } catch (Exception e) {
            LOG.debug("could not refuse an INVITE with Replaces: {}", e.toString());
        }
    }
}
