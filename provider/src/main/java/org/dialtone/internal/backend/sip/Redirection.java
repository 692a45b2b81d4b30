package org.dialtone.internal.backend.sip;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExtensionHeader;
import javax.sip.header.Header;
import javax.sip.message.Message;
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
        List<String> earlier = diversions(invite);
        response.addHeader(backend.sip.headers.createHeader(DIVERSION, "<" + backend.messages.addressOfRecord(user)
                + ">;reason=" + reason.token + ";counter=" + nextCounter(earlier)));
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
        return diversions(invite).stream().anyMatch(value -> user.equals(divertingUser(value)));
    }

    /**
     * The Diversion values {@code message} carries, most recent first: each header's value, split
     * where one header lists several (RFC 5806 allows a comma-separated list).
     */
    static List<String> diversions(Message message) {
        List<String> values = new ArrayList<>();
        ListIterator<?> headers = message.getHeaders(DIVERSION);
        while (headers.hasNext()) {
            Object header = headers.next();
            String value = header instanceof ExtensionHeader extension ? extension.getValue()
                    : header.toString().substring(header.toString().indexOf(':') + 1);
            values.addAll(splitList(value));
        }
        return values;
    }

    /** The entries of a header value's comma-separated list, commas inside {@code <>} or quotes kept. */
    private static List<String> splitList(String value) {
        List<String> entries = new ArrayList<>();
        boolean quoted = false;
        boolean bracketed = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && !bracketed && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                bracketed = true;
            } else if (c == '>' && !quoted) {
                bracketed = false;
            } else if (c == ',' && !quoted && !bracketed) {
                entries.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        entries.add(value.substring(start).trim());
        entries.removeIf(String::isEmpty);
        return entries;
    }

    /**
     * The user (or number) a Diversion value names: the user part of its {@code sip:} or
     * {@code sips:} URI, or the number of its {@code tel:} URI; null for any other.
     */
    static String divertingUser(String value) {
        int open = value.indexOf('<');
        int close = open < 0 ? -1 : value.indexOf('>', open);
        String uri = open >= 0 && close > open ? value.substring(open + 1, close) : value.split(";", 2)[0];
        uri = uri.trim();
        String lower = uri.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("sip:") || lower.startsWith("tel:")) {
            rest = uri.substring(4);
        } else if (lower.startsWith("sips:")) {
            rest = uri.substring(5);
        } else {
            return null;
        }
        int end = rest.length();
        for (char stop : new char[] {'@', ';', '?'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    /**
     * The {@code counter} of a new Diversion above {@code earlier} (RFC 5806): one more than the
     * diversions so far, which is the highest counter an earlier entry carries, or (if more) the
     * number of entries, one without a counter counting once.
     */
    static int nextCounter(List<String> earlier) {
        int highest = earlier.size();
        for (String value : earlier) {
            int close = value.indexOf('>');
            for (String param : value.substring(close + 1).split(";")) {
                String[] pair = param.split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("counter")) {
                    try {
                        highest = Math.max(highest, Integer.parseInt(pair[1].trim()));
                    } catch (NumberFormatException e) {
                        // a malformed counter counts as absent
                    }
                }
            }
        }
        return highest + 1;
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
