package org.dialtone.internal.backend.sip;

import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.time.Duration;
import java.util.ListIterator;
import java.util.concurrent.ScheduledFuture;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's binding at the registrar: REGISTER with digest authentication (JAIN SIP's
 * {@link AuthenticationHelper} answers the challenge), refreshed before it expires, retried a while
 * after it fails, and removed when the provider stops. Runs on the backend's thread only.
 *
 * <p>A failed registration takes only this user out of service: the log says why, and the backend
 * refuses its calls until a later attempt succeeds.
 */
final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    /** How soon a failed registration is tried again (or sooner, if the lifetime asked for is shorter). */
    private static final Duration RETRY = Duration.ofSeconds(60);

    /** Where the binding stands. */
    enum State {
        /** Not tried yet, or a REGISTER is on its way. */
        REGISTERING,
        /** The registrar accepted the binding. */
        REGISTERED,
        /** The registrar refused it or did not answer; see {@link #cause()}. */
        FAILED,
        /** Being removed, or removed: the provider is stopping. */
        REMOVED
    }

    /** What the registration tells its backend. */
    interface Host {
        /** The registration reached REGISTERED or FAILED (for the first time, or again). */
        void settled(Registration registration);

        /** Runs {@code task} on the backend's thread after {@code delay}. */
        ScheduledFuture<?> schedule(Duration delay, Runnable task);
    }

    private final SipConfig.User user;
    private final SipConfig config;
    private final SipStackHandle sip;
    private final SipMessages messages;
    private final AuthenticationHelper auth;
    private final Host host;
    private final CallIdHeader callId;

    private State state = State.REGISTERING;
    private String cause = "not registered yet";
    private long cseq;
    private ClientTransaction pending;
    /** Challenges answered since the last final response other than a challenge. */
    private int challenges;
    private int expiresAsked;
    private ScheduledFuture<?> timer;
    private Runnable whenRemoved;

    Registration(SipConfig.User user, SipConfig config, SipStackHandle sip, SipMessages messages,
            AuthenticationHelper auth, Host host) {
        this.user = user;
        this.config = config;
        this.sip = sip;
        this.messages = messages;
        this.auth = auth;
        this.host = host;
        this.callId = sip.provider.getNewCallId();
        this.expiresAsked = (int) config.expires().getSeconds();
    }

    String user() {
        return user.name();
    }

    String callId() {
        return callId.getCallId();
    }

    State state() {
        return state;
    }

    /** Why the user is out of service, when {@link #state()} is FAILED. */
    String cause() {
        return cause;
    }

    /** Sends a REGISTER (the first, or a refresh). */
    void register() {
        send(expiresAsked);
    }

    private void send(int expires) {
        cancelTimer();
        try {
            Request request = messages.register(user.name(), callId, ++cseq, expires);
            pending = sip.provider.getNewClientTransaction(request);
            challenges = 0;
            pending.sendRequest();
        } catch (Exception e) {
            pending = null;
            fail("the REGISTER could not be sent: " + e.getMessage());
        }
    }

    /**
     * Removes the binding (REGISTER with expiry 0) if there is one, and runs {@code done} when the
     * registrar has answered or at once if there is nothing to remove.
     */
    void remove(Runnable done) {
        cancelTimer();
        boolean bound = state == State.REGISTERED;
        state = State.REMOVED;
        if (!bound) {
            done.run();
            return;
        }
        whenRemoved = done;
        send(0);
        if (pending == null) {
            removed();
        }
    }

    private void removed() {
        Runnable done = whenRemoved;
        whenRemoved = null;
        if (done != null) {
            done.run();
        }
    }

    void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        if (event.getClientTransaction() == null || event.getClientTransaction() != pending) {
            return; // a retransmission, or the answer to a REGISTER superseded since
        }
        int code = response.getStatusCode();
        if (code < 200) {
            return;
        }
        if (code == Response.UNAUTHORIZED || code == Response.PROXY_AUTHENTICATION_REQUIRED) {
            answerChallenge(event);
            return;
        }
        pending = null;
        if (state == State.REMOVED) {
            LOG.debug("sip user {}: binding removed ({} {})", user.name(), code, response.getReasonPhrase());
            removed();
        } else if (code == Response.INTERVAL_TOO_BRIEF && response.getHeader(MinExpiresHeader.NAME) != null) {
            expiresAsked = ((MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME)).getExpires();
            send(expiresAsked);
        } else if (code >= 200 && code < 300) {
            registered(grantedExpiry(response));
        } else {
            fail("the registrar answered " + code + " " + response.getReasonPhrase()
                    + (code == Response.FORBIDDEN ? " (wrong user name or password?)" : ""));
        }
    }

    private void answerChallenge(ResponseEvent event) {
        Response challenge = event.getResponse();
        if (!user.password().isPresent()) {
            pending = null;
            failOrRemoved("the registrar asks for a password and user " + user.name() + " has none");
            return;
        }
        if (++challenges > 1 && !isStale(challenge)) {
            pending = null;
            failOrRemoved("the registrar refused the credentials (" + challenge.getStatusCode() + " "
                    + challenge.getReasonPhrase() + " again after answering its challenge): wrong password?");
            return;
        }
        try {
            ClientTransaction retry = auth.handleChallenge(challenge, event.getClientTransaction(), sip.provider, 0,
                    true);
            cseq = ((CSeqHeader) retry.getRequest().getHeader(CSeqHeader.NAME)).getSeqNumber();
            pending = retry;
            retry.sendRequest();
        } catch (Exception e) {
            pending = null;
            failOrRemoved("could not answer the registrar's challenge: " + e.getMessage());
        }
    }

    private static boolean isStale(Response challenge) {
        String name = challenge.getStatusCode() == Response.UNAUTHORIZED ? WWWAuthenticateHeader.NAME
                : ProxyAuthenticateHeader.NAME;
        ListIterator<?> headers = challenge.getHeaders(name);
        while (headers.hasNext()) {
            WWWAuthenticateHeader header = (WWWAuthenticateHeader) headers.next();
            if ("true".equalsIgnoreCase(header.getParameter("stale"))) {
                return true;
            }
        }
        return false;
    }

    /** The registrar gave no answer in time. */
    void onTimeout() {
        pending = null;
        failOrRemoved("the registrar " + config.registrar().orElseThrow() + " did not answer");
    }

    private void failOrRemoved(String why) {
        if (state == State.REMOVED) {
            LOG.debug("sip user {}: binding not removed: {}", user.name(), why);
            removed();
        } else {
            fail(why);
        }
    }

    private void registered(int expires) {
        boolean changed = state != State.REGISTERED;
        state = State.REGISTERED;
        cause = null;
        // Refresh well before the binding lapses: half-way for short lifetimes, 30 s ahead otherwise.
        long refreshIn = expires > 60 ? expires - 30 : Math.max(1, expires / 2);
        timer = host.schedule(Duration.ofSeconds(refreshIn), this::register);
        if (changed) {
            LOG.info("sip user {} is registered at {} for {} s", user.name(), config.registrar().orElseThrow(), expires);
            host.settled(this);
        }
    }

    private void fail(String why) {
        boolean changed = state != State.FAILED || !why.equals(cause);
        state = State.FAILED;
        cause = why;
        Duration retry = config.expires().compareTo(RETRY) < 0 ? config.expires() : RETRY;
        timer = host.schedule(retry, this::register);
        if (changed) {
            LOG.warn("sip user {} is out of service: registration at {} failed: {}", user.name(),
                    config.registrar().orElseThrow(), why);
            host.settled(this);
        }
    }

    /** The lifetime the registrar granted our contact: its expires parameter, the Expires header, or ours. */
    private int grantedExpiry(Response response) {
        ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
        String ours = "sip:" + user.name() + "@";
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            if (contact.getAddress().getURI().toString().startsWith(ours) && contact.getExpires() > 0) {
                return contact.getExpires();
            }
        }
        ExpiresHeader expires = (ExpiresHeader) response.getHeader(ExpiresHeader.NAME);
        return expires != null && expires.getExpires() > 0 ? expires.getExpires() : expiresAsked;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Forgets timers and pending work; the provider stops. */
    void close() {
        cancelTimer();
        pending = null;
        removed();
    }

    @Override
    public String toString() {
        return "registration of " + user.name() + " " + state + (cause == null ? "" : " (" + cause + ")");
    }
}
