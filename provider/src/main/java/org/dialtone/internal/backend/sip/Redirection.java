package org.dialtone.internal.backend.sip;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * SIP redirection both ways (RFC 3261 8.1.3.4 and 21.3, RFC 5806). Sending: a user's INVITE is
 * answered 302 Moved Temporarily with a Contact naming where the caller should call instead, and
 * a Diversion header naming the user who sent it away and why, above the Diversion headers the
 * INVITE already carried. Following: a 3xx to one of our own INVITEs names in its Contact where to
 * call; the new INVITE carries the 3xx's Diversion headers on.
 */
final class Redirection {
    /** The header RFC 5806 defines; JAIN SIP has no class for it. */
    static final String DIVERSION = "Diversion";
    /** How many redirections one call from a user follows before it gives up (a loop, most likely). */
    static final int MAX_FOLLOWED = 5;

    /** Why a call was diverted, as RFC 5806's {@code reason} parameter names it. */
    enum Reason {
        /** The application redirected the ringing call. */
        DEFLECTION("deflection"),
        /** Unconditional forwarding. */
        UNCONDITIONAL("unconditional"),
        /** Busy forwarding of a user in do-not-disturb. */
        DO_NOT_DISTURB("do-not-disturb"),
        /** Busy forwarding. */
        USER_BUSY("user-busy"),
        /** No-answer forwarding. */
        NO_ANSWER("no-answer");

        final String token;

        Reason(String token) {
            this.token = token;
        }
    }

    /**
     * Where a 3xx sends one of our calls.
     *
     * @param uri the SIP URI to INVITE, from the first SIP Contact
     * @param name the party's name in JTAPI (as a caller's would be)
     * @param diversions the response's Diversion headers, to carry on in the new INVITE
     */
    record Target(String uri, String name, List<Header> diversions) {
    }

    private final SipBackend backend;

    Redirection(SipBackend backend) {
        this.backend = backend;
    }

    /**
     * The 302 answering {@code invite} (with the To tag {@code tag} of the user's earlier
     * responses), sent to {@code user}, that sends the caller to
     * {@code destination}: another user of this provider is reached at our own Contact for that
     * user (so it arrives here as a new INVITE); any other destination is the SIP URI the backend
     * would dial for it.
     */
    Response moved(Request invite, String tag, String user, String destination, Reason reason)
            throws ParseException {
        Response response = backend.messages.response(invite, Response.MOVED_TEMPORARILY, tag, null);
        ContactHeader contact = backend.isUser(destination) ? backend.messages.contact(destination)
                : backend.sip.headers.createContactHeader(backend.sip.addresses.createAddress(
                        backend.messages.destination(destination)));
        response.addHeader(contact);
        List<String> earlier = new ArrayList<>();
        ListIterator<?> carried = invite.getHeaders(DIVERSION);
        while (carried.hasNext()) {
            earlier.add(((Header) carried.next()).toString().substring(DIVERSION.length() + 1).trim());
        }
        int counter = earlier.size() + 1;
        response.addHeader(backend.sip.headers.createHeader(DIVERSION, "<" + backend.messages.addressOfRecord(user)
                + ">;reason=" + reason.token + ";counter=" + counter));
        for (String value : earlier) {
            response.addHeader(backend.sip.headers.createHeader(DIVERSION, value));
        }
        return response;
    }

    /**
     * Whether {@code user} already diverted the call this INVITE carries (a Diversion header names
     * it): diverting it again would send it round in a loop.
     */
    boolean alreadyDivertedBy(Request invite, String user) {
        ListIterator<?> carried = invite.getHeaders(DIVERSION);
        while (carried.hasNext()) {
            String value = ((Header) carried.next()).toString();
            int start = value.indexOf("sip:");
            int at = start < 0 ? -1 : value.indexOf('@', start);
            if (at > 0 && value.substring(start + 4, at).equals(user)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the 3xx {@code response} to one of our INVITEs sends the call: its SIP Contact with the
     * highest q-value (RFC 3261 8.1.3.4 and 16.7; one without counts as 1.0, the first among
     * equals). Null if the response is not one a caller follows (only 300, 301 and 302 name the
     * callee: 305's Contact is a proxy, 380's a service), names no SIP Contact, or if the call has
     * already followed {@code followed} redirections (the most allowed: {@link #MAX_FOLLOWED}).
     */
    Target target(Response response, int followed) {
        int code = response.getStatusCode();
        if (followed >= MAX_FOLLOWED || (code != Response.MULTIPLE_CHOICES && code != Response.MOVED_PERMANENTLY
                && code != Response.MOVED_TEMPORARILY)) {
            return null;
        }
        Address best = null;
        float bestQ = -1;
        ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            Address address = contact.getAddress();
            float q = contact.getQValue() < 0 ? 1.0f : contact.getQValue();
            if (address != null && address.getURI() instanceof SipURI && q > bestQ) {
                best = address;
                bestQ = q;
            }
        }
        if (best == null) {
            return null;
        }
        SipURI target = (SipURI) best.getURI().clone();
        target.removeParameter("method"); // RFC 3261 19.1.1: not allowed in a Request-URI
        List<Header> diversions = new ArrayList<>();
        response.getHeaders(DIVERSION).forEachRemaining(h -> diversions.add((Header) h));
        return new Target(target.toString(), backend.messages.callerName(best), diversions);
    }
}
