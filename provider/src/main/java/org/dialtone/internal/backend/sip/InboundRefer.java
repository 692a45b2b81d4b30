package org.dialtone.internal.backend.sip;

import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.extensions.ReplacesHeader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ListIterator;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.Header;
import javax.sip.header.ReferToHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Being transferred: the far end of a confirmed dialog with one of our users sends REFER (RFC 3515)
 * asking that user to call the Refer-To target. It is accepted (202) and the user calls the target
 * from the same account (an {@link OutgoingCall} the model does not know yet), copying a Replaces
 * header embedded in the Refer-To URI into the INVITE (RFC 3891, an attended transfer). The far end
 * hears how that goes by NOTIFY with a message/sipfrag body (RFC 3515, RFC 5589): 100 Trying at
 * once, then the INVITE's final status, which ends the implicit subscription.
 *
 * <p>If the target answers, the model is told that the target replaced the far end
 * ({@code Signals.replaced}); the far end is then expected to hang up the old dialog, and if it
 * has not within a second, we do (BYE).
 * If it does not, the old call stays as it was, for the far end to decide about; only if the far
 * end already hung up meanwhile does the model now hear that it left. A REFER we cannot act on is
 * answered with a 4xx and changes nothing. Runs on the backend's thread.
 */
final class InboundRefer {
    private static final Logger LOG = LoggerFactory.getLogger(InboundRefer.class);
    /** How long the implicit subscription lasts, as our first NOTIFY says (RFC 3515 leaves it to us). */
    private static final int SUBSCRIPTION_SECONDS = 60;
    /**
     * How long the referrer has to hang up after the final NOTIFY before we do: RFC 5589's flows
     * have the transferor send BYE, and a BYE of ours crossing it only confuses the transferor.
     */
    private static final Duration REFERRER_HANGS_UP = Duration.ofSeconds(1);

    private final SipCall call;
    private final Dialog dialog;
    private final long referCSeq;
    private final long newLeg = LegIds.next();
    private final String party;
    private OutgoingCall target;
    private boolean referrerLeft;
    private boolean over;

    private InboundRefer(SipCall call, Dialog dialog, long referCSeq, String party) {
        this.call = call;
        this.dialog = dialog;
        this.referCSeq = referCSeq;
        this.party = party;
    }

    /**
     * Takes the REFER of {@code event} on {@code call}: refuses it (and returns null) or accepts it
     * and calls the target.
     */
    static InboundRefer take(SipCall call, RequestEvent event) {
        SipBackend backend = call.backend;
        Request request = event.getRequest();
        Dialog dialog = call.confirmedDialog();
        if (dialog == null) {
            refuse(call, event, Response.FORBIDDEN, "Not In A Confirmed Dialog");
            return null;
        }
        if (call.referring() || call.beingTransferred()) {
            refuse(call, event, Response.REQUEST_PENDING, "Transfer Already Under Way");
            return null;
        }
        ListIterator<?> referTos = request.getHeaders(ReferToHeader.NAME);
        Object first = referTos.hasNext() ? referTos.next() : null;
        if (!(first instanceof ReferToHeader) || referTos.hasNext()) {
            refuse(call, event, Response.BAD_REQUEST, first == null ? "No Refer-To" : "Bad Or Several Refer-To");
            return null;
        }
        URI uri = ((ReferToHeader) first).getAddress().getURI();
        if (!(uri instanceof SipURI)) {
            refuse(call, event, Response.BAD_REQUEST, "Refer-To Is Not A SIP URI");
            return null;
        }
        SipURI destination = (SipURI) uri.clone();
        Header replaces;
        String party;
        try {
            String embedded = destination.getHeader(ReplacesHeader.NAME);
            replaces = embedded == null ? null
                    : backend.sip.headers.createHeader(ReplacesHeader.NAME, percentDecoded(embedded));
            if (replaces != null && !(replaces instanceof ReplacesHeader)) {
                throw new java.text.ParseException("not a Replaces header: " + embedded, 0);
            }
            ((SipUri) destination).removeHeaders(); // the embedded headers are for the INVITE, not its URI
            // the model's name for the target, and the call's far party, must be one string (a later
            // blind transfer of the target finds its call by it): the short name if it means that URI
            String name = backend.messages.callerName(backend.sip.addresses.createAddress(destination));
            party = backend.messages.destination(name).equals(destination) ? name : destination.toString();
        } catch (java.text.ParseException | IllegalArgumentException e) {
            refuse(call, event, Response.BAD_REQUEST, "Bad Replaces In Refer-To");
            return null;
        }
        if (!backend.accepting()) {
            refuse(call, event, Response.TEMPORARILY_UNAVAILABLE, null);
            return null;
        }
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        InboundRefer transfer = new InboundRefer(call, dialog, cseq, party);
        backend.respond(event, Response.ACCEPTED);
        LOG.debug("call {}: the far end transfers {} to {}{}", call.callId, call.localUser(), destination,
                replaces == null ? "" : " replacing a dialog");
        transfer.notifyFar(Response.TRYING, "Trying", false);
        transfer.target = OutgoingCall.start(backend, transfer.newLeg, call.localUser(), party, replaces,
                transfer::progress);
        return transfer.over ? null : transfer;
    }

    /** The INVITE to the target got {@code code}: a final one settles the transfer. */
    private void progress(int code, String reason) {
        if (over || code < 200) {
            return; // only the outcome is told: 100 went at once, and ringing changes nothing here
        }
        over = true;
        SipBackend backend = call.backend;
        if (code < 300) {
            long oldLeg = call.farLeg();
            backend.signal(s -> s.replaced(oldLeg, newLeg, party));
            if (target != null) {
                target.announced();
            }
            notifyFar(code, reason, true);
            if (referrerLeft) {
                call.transferEnded();
            } else if (backend.schedule(REFERRER_HANGS_UP, this::leave) == null) {
                leave(); // stopping: nothing is scheduled any more
            }
        } else {
            call.transferEnded();
            LOG.info("call {}: the transfer to {} failed ({} {}); the call stays as it was", call.callId, party, code,
                    reason);
            notifyFar(code, reason, true);
            if (referrerLeft) {
                long oldLeg = call.farLeg();
                backend.signal(s -> s.released(oldLeg, Ev.CAUSE_NORMAL));
            }
        }
    }

    /**
     * The far end hung up while its transfer is under way (RFC 5589 lets it): its dialog is over, so
     * no NOTIFY can follow; the model hears of it only if the transfer fails.
     */
    void referrerLeft() {
        referrerLeft = true;
        if (over) {
            call.transferEnded(); // it hung up after the target answered, as RFC 5589 has it
        }
    }

    /** The referrer did not hang up in time after the target answered: we leave its dialog. */
    private void leave() {
        if (!referrerLeft) {
            call.transferEnded();
            call.handOff(); // the model no longer knows the old leg: only our BYE goes out
        }
    }

    /** Tells the far end the target's status by NOTIFY (message/sipfrag); {@code last} ends the subscription. */
    private void notifyFar(int code, String reason, boolean last) {
        if (referrerLeft) {
            return;
        }
        SipBackend backend = call.backend;
        try {
            Request notify = dialog.createRequest(Request.NOTIFY);
            EventHeader event = backend.sip.headers.createEventHeader("refer");
            event.setEventId(Long.toString(referCSeq));
            notify.addHeader(event);
            SubscriptionStateHeader state = backend.sip.headers.createSubscriptionStateHeader(
                    last ? SubscriptionStateHeader.TERMINATED : SubscriptionStateHeader.ACTIVE);
            if (last) {
                state.setReasonCode("noresource");
            } else {
                state.setExpires(SUBSCRIPTION_SECONDS);
            }
            notify.addHeader(state);
            notify.addHeader(backend.messages.contact(call.localUser()));
            var type = backend.sip.headers.createContentTypeHeader("message", "sipfrag");
            type.setParameter("version", "2.0");
            notify.setContent("SIP/2.0 " + code + " " + reason + "\r\n", type);
            ClientTransaction transaction = backend.sip.provider.getNewClientTransaction(notify);
            dialog.sendRequest(transaction);
        } catch (Exception e) {
            LOG.info("call {}: could not tell the far end the transfer's status {}: {}", call.callId, code,
                    e.toString());
        }
    }

    private static void refuse(SipCall call, RequestEvent event, int code, String reason) {
        LOG.info("call {}: refusing a REFER with {}{}", call.callId, code, reason == null ? "" : " " + reason);
        try {
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : call.backend.sip.provider.getNewServerTransaction(event.getRequest());
            Response response = call.backend.messages.response(event.getRequest(), code, null, null);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            transaction.sendResponse(response);
        } catch (Exception e) {
            LOG.debug("call {}: could not refuse the REFER: {}", call.callId, e.toString());
        }
    }

    /** A URI header's value with its %XX escapes undone (RFC 3261 escapes ';' and '=' in Replaces). */
    static String percentDecoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                int high = Character.digit(bytes[i + 1], 16);
                int low = Character.digit(bytes[i + 2], 16);
                if (high >= 0 && low >= 0) {
                    out.write(high * 16 + low);
                    i += 2;
                    continue;
                }
            }
            out.write(bytes[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
