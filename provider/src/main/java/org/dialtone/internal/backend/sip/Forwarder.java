package org.dialtone.internal.backend.sip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.ForwardingRoute;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.backend.ForwardingRule.Condition;
import org.dialtone.internal.backend.LegIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redirect and forwarding on the sip backend, on the backend's thread. Two kinds of call arrive at
 * a user:
 * <ul>
 *   <li>a call from another user of the provider, which never leaves it: a diversion moves it on
 *       inside the provider ({@link #offer}), remembering the users it left so that a chain of
 *       forwardings cannot loop;</li>
 *   <li>an INVITE from beyond: a diversion answers it 302 ({@link Redirection}), the caller's user
 *       agent calls the destination itself, and the call leaves this provider
 *       ({@link #offerIncoming}).</li>
 * </ul>
 * Busy means do-not-disturb: a sip user's phone is the application, which takes any number of
 * calls, so nothing else refuses a call as busy. A call from beyond the provider is external, one
 * from a user internal, for the rules' caller filters.
 */
final class Forwarder {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);

    private final SipBackend backend;
    private final Redirection redirection;
    private final Map<String, List<ForwardingRule>> rules = new HashMap<>();
    /** Calls between users ringing at a user now, by the ringing leg. */
    private final Map<Long, ForwardingRoute> ringing = new HashMap<>();
    /** No-answer forwarding timers, by the ringing leg. */
    private final Map<Long, ScheduledFuture<?>> timers = new HashMap<>();

    Forwarder(SipBackend backend, Redirection redirection) {
        this.backend = backend;
        this.redirection = redirection;
    }

    /** Replaces the forwarding of {@code user}; calls arriving from now on follow it. */
    void setRules(String user, List<ForwardingRule> set) {
        if (set.isEmpty()) {
            rules.remove(user);
        } else {
            rules.put(user, List.copyOf(set));
        }
    }

    /** Leg {@code leg} was answered or released: it no longer rings, nothing diverts it. */
    void legEnded(long leg) {
        ringing.remove(leg);
        ScheduledFuture<?> timer = timers.remove(leg);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    // ---- calls between users --------------------------------------------------------------------

    /**
     * Leg {@code leg} from the user {@code caller} arrives at the user {@code user}: forwarded at
     * once, refused for do-not-disturb, or ringing (with a timer for a no-answer rule).
     */
    void offer(long leg, String caller, String user) {
        arrive(leg, ForwardingRoute.fresh(caller, user));
    }

    private void arrive(long leg, ForwardingRoute route) {
        String user = route.at();
        boolean internal = backend.isUser(route.caller());
        boolean notDisturbed = backend.notDisturbed(user);
        ForwardingRule now = onArrival(user, route.caller(), internal, notDisturbed);
        if (now != null) {
            divert(leg, route, now.destination());
        } else if (notDisturbed) {
            backend.signal(s -> s.failed(leg, CallCtlEv.CAUSE_DO_NOT_DISTURB));
        } else {
            ringing.put(leg, route);
            backend.signal(s -> s.alerting(leg));
            ForwardingRule late = ruleFor(user, Condition.NO_ANSWER, route.caller(), internal);
            if (late != null) {
                startTimer(leg, () -> {
                    if (ringing.remove(leg) != null) {
                        divert(leg, route, late.destination());
                    }
                });
            }
        }
    }

    /**
     * The leg leaves {@code route.at()} for {@code destination} as a new leg, unless that would
     * bring it back to a user it left: then it fails with {@code CAUSE_REDIRECTED}.
     */
    private void divert(long leg, ForwardingRoute route, String destination) {
        ForwardingRoute onward = route.divertedTo(destination);
        if (onward == null) {
            LOG.info("sip provider {}: not forwarding {}'s call from {} back to {}", backend.sip.name, route.at(),
                    route.caller(), destination);
            backend.signal(s -> s.failed(leg, CallCtlEv.CAUSE_REDIRECTED));
            return;
        }
        long next = LegIds.next();
        backend.signal(s -> s.diverted(leg, next, destination));
        proceed(next, onward);
    }

    /** A diverted leg goes on: to another user as a call between users, else out as an INVITE. */
    private void proceed(long leg, ForwardingRoute route) {
        if (backend.isUser(route.at())) {
            arrive(leg, route);
        } else {
            backend.route(leg, route.caller(), route.at());
        }
    }

    // ---- the application's redirect -------------------------------------------------------------

    /**
     * The application redirected {@code leg}, ringing at a user, to {@code destination} as
     * {@code newLeg} (the model has moved its connections already). A call between users goes on
     * inside the provider; an INVITE is answered 302 and leaves the provider.
     *
     * @return false if the backend has no such leg ringing (it ended meanwhile)
     */
    boolean redirect(long leg, long newLeg, String destination, IncomingCall incoming) {
        if (incoming != null) {
            cancelTimer(leg);
            return sendAway(incoming, newLeg, destination, Redirection.Reason.DEFLECTION);
        }
        ForwardingRoute route = ringing.remove(leg);
        cancelTimer(leg);
        if (route == null) {
            return false;
        }
        proceed(newLeg, new ForwardingRoute(route.caller(), destination, route.leaving()));
        return true;
    }

    // ---- INVITEs from beyond the provider ---------------------------------------------------------

    /**
     * The model offers {@code incoming}'s call to its user as leg {@code leg}: forwarded at once
     * (diverted in the model, then 302), refused for do-not-disturb, or ringing (with a timer for a
     * no-answer rule).
     */
    void offerIncoming(IncomingCall incoming, long leg, String caller, String user) {
        boolean notDisturbed = backend.notDisturbed(user);
        ForwardingRule now = onArrival(user, caller, false, notDisturbed);
        if (now != null && !redirection.alreadyDivertedBy(incoming.inviteRequest(), now.destination())) {
            Redirection.Reason reason = now.condition() == Condition.ALWAYS ? Redirection.Reason.UNCONDITIONAL
                    : notDisturbed ? Redirection.Reason.DO_NOT_DISTURB : Redirection.Reason.USER_BUSY;
            divertIncoming(incoming, leg, now.destination(), reason);
        } else if (notDisturbed) {
            // the model ends the call and releases the caller's leg: the INVITE is refused busy
            backend.signal(s -> s.failed(leg, CallCtlEv.CAUSE_DO_NOT_DISTURB));
        } else {
            incoming.offered(leg);
            ForwardingRule late = ruleFor(user, Condition.NO_ANSWER, caller, false);
            if (late != null && !redirection.alreadyDivertedBy(incoming.inviteRequest(), late.destination())) {
                startTimer(leg, () -> {
                    if (incoming.isRinging(leg)) {
                        divertIncoming(incoming, leg, late.destination(), Redirection.Reason.NO_ANSWER);
                    }
                });
            }
        }
    }

    /** The model sees the call diverted from the user, then the 302 takes it out of the provider. */
    private void divertIncoming(IncomingCall incoming, long leg, String destination, Redirection.Reason reason) {
        long next = LegIds.next();
        backend.signal(s -> s.diverted(leg, next, destination));
        sendAway(incoming, next, destination, reason);
    }

    /**
     * Answers the INVITE 302 to {@code destination}; the call leaves the provider: the new leg (the
     * destination's connection in the model) is released with {@code CAUSE_REDIRECTED}, which
     * ends the call there, and so is the caller's.
     */
    private boolean sendAway(IncomingCall incoming, long newLeg, String destination, Redirection.Reason reason) {
        int cause = CallCtlEv.CAUSE_REDIRECTED;
        long callerLeg = incoming.callerLeg();
        try {
            if (!incoming.redirected(redirection.moved(incoming.inviteRequest(), incoming.localTag(),
                    incoming.localUser(), destination, reason))) {
                return false;
            }
        } catch (Exception e) {
            LOG.warn("sip provider {}: could not redirect {} to {}: {}", backend.sip.name, incoming, destination,
                    e.toString());
            incoming.release(callerLeg, Ev.CAUSE_NETWORK_NOT_OBTAINABLE);
            cause = Ev.CAUSE_NETWORK_NOT_OBTAINABLE;
        }
        int released = cause;
        backend.signal(s -> s.released(newLeg, released));
        backend.signal(s -> s.released(callerLeg, released));
        return true;
    }

    // ---- rules ----------------------------------------------------------------------------------

    /** The rule diverting a call arriving at {@code user} before it rings (see {@link ForwardingRule#onArrival}). */
    private ForwardingRule onArrival(String user, String caller, boolean internal, boolean busy) {
        return ForwardingRule.onArrival(rules.getOrDefault(user, List.of()), caller, internal, busy);
    }

    /** The most specific rule of {@code user} with {@code condition} for {@code caller}. */
    private ForwardingRule ruleFor(String user, Condition condition, String caller, boolean internal) {
        return ForwardingRule.mostSpecific(rules.getOrDefault(user, List.of()), condition, caller, internal);
    }

    private void startTimer(long leg, Runnable divert) {
        ScheduledFuture<?> timer = backend.schedule(backend.config.forwardAfter(), () -> {
            timers.remove(leg);
            divert.run();
        });
        if (timer != null) {
            timers.put(leg, timer);
        }
    }

    private void cancelTimer(long leg) {
        ScheduledFuture<?> timer = timers.remove(leg);
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
