package org.dialtone.internal.backend.sip;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Builds the SIP messages of the backend's users from its configuration: addresses of record,
 * Contact, Via and Route, requests outside a dialog (INVITE, REGISTER) and responses that carry
 * the local tag. Dialog requests (ACK, BYE, CANCEL) come from JAIN SIP's dialog and transaction.
 */
final class SipMessages {
    private static final Pattern DIALLED_USER = Pattern.compile("[A-Za-z0-9._~!*'()+$&=%#-]+");
    private static final String USER_AGENT = "Dialtone";
    static final String ALLOWED = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, REFER, NOTIFY";

    private final SipConfig config;
    private final SipStackHandle sip;

    SipMessages(SipConfig config, SipStackHandle sip) {
        this.config = config;
        this.sip = sip;
    }

    /** Whether {@code destination} is something an INVITE can be sent to: a SIP URI or a user part. */
    boolean isDialable(String destination) {
        if (destination == null || destination.isEmpty()) {
            return false;
        }
        if (isUri(destination)) {
            try {
                return sip.addresses.createURI(destination) instanceof SipURI;
            } catch (ParseException e) {
                return false;
            }
        }
        return DIALLED_USER.matcher(destination).matches();
    }

    private static boolean isUri(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") || lower.startsWith("sips:");
    }

    /** The URI a dialled destination names: itself if a SIP URI, else that user in the domain. */
    SipURI destination(String destination) throws ParseException {
        URI uri = sip.addresses.createURI(isUri(destination) ? destination
                : "sip:" + destination + "@" + config.domain());
        if (!(uri instanceof SipURI)) {
            throw new ParseException("not a SIP URI: " + destination, 0);
        }
        return (SipURI) uri;
    }

    /** The address of record of a local user: {@code sip:user@domain}. */
    SipURI addressOfRecord(String user) throws ParseException {
        return (SipURI) sip.addresses.createURI("sip:" + user + "@" + config.domain());
    }

    /** The name a remote party goes by in JTAPI: its SIP URI without parameters, or the URI as is. */
    static String partyName(Address address) {
        URI uri = address.getURI();
        if (uri instanceof SipURI) {
            SipURI sipUri = (SipURI) uri;
            String host = sipUri.getHost().contains(":") && !sipUri.getHost().startsWith("[")
                    ? "[" + sipUri.getHost() + "]" : sipUri.getHost();
            return sipUri.getScheme() + ":" + (sipUri.getUser() == null ? "" : sipUri.getUser() + "@") + host
                    + (sipUri.getPort() > 0 ? ":" + sipUri.getPort() : "");
        }
        return uri.toString();
    }

    /**
     * The name a caller goes by in JTAPI: the user part alone for {@code sip:user@domain} (our own
     * domain, no port), as a number dialled here is {@code sip:number@domain}; else its
     * {@linkplain #partyName URI}.
     */
    String callerName(Address address) {
        URI uri = address.getURI();
        if (uri instanceof SipURI) {
            SipURI sipUri = (SipURI) uri;
            if (sipUri.getUser() != null && !sipUri.getUser().isEmpty() && sipUri.getPort() <= 0
                    && sipUri.getHost().equalsIgnoreCase(config.domain())) {
                return sipUri.getUser();
            }
        }
        return partyName(address);
    }

    /** A new random tag for From or To. */
    static String newTag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private String transportParam() {
        return config.transport() == SipConfig.Transport.TCP ? ";transport=tcp" : "";
    }

    /** Our Contact for {@code user}: {@code <sip:user@host:port[;transport=tcp]>}. */
    ContactHeader contact(String user) throws ParseException {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        Address address = sip.addresses.createAddress("<sip:" + user + "@" + host + ":" + config.port()
                + transportParam() + ">");
        return sip.headers.createContactHeader(address);
    }

    /**
     * An INVITE from {@code user} to {@code target} with an SDP offer, through the outbound proxy
     * if there is one.
     */
    Request invite(String user, SipURI target, byte[] sdp) throws ParseException, InvalidArgumentException {
        SipURI requestUri = (SipURI) target.clone();
        if (config.proxy().isEmpty() && config.transport() == SipConfig.Transport.TCP
                && requestUri.getTransportParam() == null) {
            requestUri.setTransportParam("tcp"); // so that the stack sends it over the transport it has
        }
        Request invite = request(Request.INVITE, requestUri, user, sip.headers.createToHeader(
                sip.addresses.createAddress(target), null), sip.provider.getNewCallId(), 1);
        invite.addHeader(contact(user));
        invite.setContent(sdp, sdpType());
        return invite;
    }

    /** A REGISTER of {@code user} at the registrar for {@code expires} seconds (0 removes it). */
    Request register(String user, CallIdHeader callId, long cseq, int expires)
            throws ParseException, InvalidArgumentException {
        SipConfig.HostPort registrar = config.registrar().orElseThrow();
        SipURI requestUri = (SipURI) sip.addresses.createURI("sip:" + registrar + transportParam());
        Address aor = sip.addresses.createAddress(addressOfRecord(user));
        Request register = request(Request.REGISTER, requestUri, user, sip.headers.createToHeader(aor, null),
                callId, cseq);
        register.removeHeader(RouteHeader.NAME);
        register.addHeader(contact(user));
        register.addHeader(sip.headers.createExpiresHeader(expires));
        return register;
    }

    private Request request(String method, SipURI requestUri, String user, ToHeader to, CallIdHeader callId,
            long cseq) throws ParseException, InvalidArgumentException {
        FromHeader from = sip.headers.createFromHeader(sip.addresses.createAddress(addressOfRecord(user)), newTag());
        CSeqHeader cseqHeader = sip.headers.createCSeqHeader(cseq, method);
        ViaHeader via = sip.headers.createViaHeader(config.host(), config.port(), config.transport().sipName(), null);
        Request request = sip.messages.createRequest(requestUri, method, callId, cseqHeader, from, to, List.of(via),
                sip.headers.createMaxForwardsHeader(70));
        if (config.proxy().isPresent()) {
            request.addHeader(sip.headers.createRouteHeader(sip.addresses.createAddress(
                    "<sip:" + config.proxy().get() + ";lr" + transportParam() + ">")));
        }
        request.addHeader(sip.headers.createUserAgentHeader(List.of(USER_AGENT)));
        request.addHeader(sip.headers.createAllowHeader(ALLOWED));
        return request;
    }

    /**
     * A response to {@code request} with {@code code}; for a dialog-creating answer, {@code localTag}
     * goes into To and {@code user}'s Contact is added (both may be null for plain responses).
     */
    Response response(Request request, int code, String localTag, String user) throws ParseException {
        Response response = sip.messages.createResponse(code, request);
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (localTag != null && to != null && to.getTag() == null) {
            to.setTag(localTag);
        }
        if (user != null) {
            response.addHeader(contact(user));
        }
        response.addHeader(sip.headers.createServerHeader(List.of(USER_AGENT)));
        return response;
    }

    /** The Content-Type of SDP bodies. */
    ContentTypeHeader sdpType() throws ParseException {
        return sip.headers.createContentTypeHeader("application", "sdp");
    }
}
