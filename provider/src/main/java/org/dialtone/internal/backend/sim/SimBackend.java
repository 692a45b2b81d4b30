package org.dialtone.internal.backend.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.backend.ForwardingRoute;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.backend.Signals;
import org.dialtone.internal.backend.Topology;
import org.dialtone.internal.capability.Capability;
import org.dialtone.sim.SimClock;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;

/**
 * The in-memory switch as a {@link Backend}. The model keeps every JTAPI state; this class plays
 * the far ends: the users at local phones (who ring until the application answers, unless scripted)
 * and the parties beyond the switch (who behave as the plan or a script says). Delayed outcomes, an
 * answer after a delay or the end of the no-answer timeout, come from timers on the {@link SimClock}.
 *
 * <p>It is also the switch's call routing: a call arriving at a local address is diverted by the
 * address's forwarding, refused for do-not-disturb, or played ({@link Arrival}); redirect and
 * forwarding move a leg along the same way, remembering the addresses it left so that a chain
 * cannot loop; and {@link Completions} holds the callbacks and camp-ons waiting for a party to be
 * free ({@link #partyMayBeFree}).
 *
 * <p>Threads: commands come from the model's loop, timers fire on the clock's thread (or on a test
 * thread advancing a {@code ManualClock}), and {@link #report} comes from test threads. One lock
 * guards the state below; it is never held while calling {@link Signals} or the clock. A timer
 * re-checks under the lock that its leg is still waiting for it, so a leg answered or released
 * meanwhile never gets a late signal.
 */
public final class SimBackend implements Backend {

    /** What the backend reads from the switch it belongs to, each time it needs it. */
    public interface Host {
        /** The scripted behaviour of the party at {@code number}, or empty to use the plan's. */
        Optional<PartyBehaviour> scriptOf(String number);

        /** How long a party that does not answer rings before the call fails. */
        Duration noAnswerTimeout();

        /**
         * How long a call rings at an address with a no-answer forwarding rule before it is
         * diverted; {@link SimSwitch#DEFAULT_FORWARD_NO_ANSWER_AFTER} unless the switch says otherwise.
         */
        default Duration forwardNoAnswerAfter() {
            return SimSwitch.DEFAULT_FORWARD_NO_ANSWER_AFTER;
        }

        /** The backend has stopped; called once, after its timers are cancelled. */
        void stopped(SimBackend backend);

        /**
         * Gives {@code backend} the application name {@code name} on the switch; false if another
         * backend holds it. Without a switch of several providers there is no one to hand calls
         * to, and the default refuses.
         */
        default boolean registerApplication(String name, SimBackend backend) {
            throw new UnsupportedOperationException("this sim switch has no other applications to hand calls to");
        }

        /** Takes the name {@code name} from {@code backend} if it holds it. */
        default void unregisterApplication(String name, SimBackend backend) {
        }

        /** The running backend that holds the application name {@code name}, if any. */
        default Optional<SimBackend> application(String name) {
            return Optional.empty();
        }

        /** The party {@code party} heard the DTMF {@code digits}; by default nobody writes them down. */
        default void heardDigits(String party, String digits) {
        }
    }

    /** A leg this backend is playing the far end of. */
    private static final class Leg {
        /** Still alerting: no answer, failure or release yet. */
        boolean ringing = true;
        /** The timer that will end the ringing, if any. */
        SimClock.Timer timer;
        /** The backend whose provider owns the leg now: it changes when the call is handed over. */
        volatile SimBackend owner;
        /** The local address rung, or null beyond the switch. */
        String address;
        /** Where the leg is and how it got there, for diverting it further. */
        ForwardingRoute route;

        Leg(SimBackend owner) {
            this.owner = owner;
        }
    }

    private final SwitchPlan plan;
    private final SimClock clock;
    private final boolean ownsClock;
    private final Host host;
    private final Topology topology;

    private final Object lock = new Object();
    // Guarded by lock.
    private Signals signals;
    private boolean started;
    private boolean stopped;
    private final Map<Long, Leg> legs = new HashMap<>();
    private final Completions completions = new Completions();
    // Thread-safe on its own.
    private final SwitchFeatures features = new SwitchFeatures();
    /** Holds the model told of; its own lock, never taken under {@link #lock}. */
    private final HoldRegister holds = new HoldRegister();

    /**
     * A backend for the switch that {@code plan} describes.
     *
     * @param clock the time its timers run on
     * @param ownsClock whether {@link #stop()} closes {@code clock} (true only for a clock made for
     *     this backend alone)
     * @param host the switch's scripts and settings, and who to tell when the backend stops
     */
    public SimBackend(SwitchPlan plan, SimClock clock, boolean ownsClock, Host host) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsClock = ownsClock;
        this.host = Objects.requireNonNull(host, "host");
        this.topology = topologyOf(plan);
    }

    /** What this backend was built for: the switch that scripts it. */
    public Host host() {
        return host;
    }

    private static Topology topologyOf(SwitchPlan plan) {
        Map<String, List<String>> terminalsByAddress = new LinkedHashMap<>();
        for (String address : plan.addresses()) {
            terminalsByAddress.put(address, plan.terminalsOf(address));
        }
        Map<String, List<String>> pickupGroups = new LinkedHashMap<>();
        plan.pickupGroups().forEach(group -> pickupGroups.put(group.name(), group.members()));
        return Topology.of(terminalsByAddress, plan.terminals()).withParkOrbits(plan.parkOrbits())
                .withPickupGroups(pickupGroups);
    }

    /** Everything, but park where the plan has no park orbit and group pickup where it has no group. */
    @Override
    public Set<Capability> operations() {
        EnumSet<Capability> all = EnumSet.allOf(Capability.class);
        if (plan.parkOrbits().isEmpty()) {
            all.remove(Capability.PARK);
        }
        if (plan.pickupGroups().isEmpty()) {
            all.removeAll(EnumSet.of(Capability.PICKUP_FROM_NAMED_GROUP, Capability.PICKUP_FROM_OWN_GROUP));
        }
        return Collections.unmodifiableSet(all);
    }

    @Override
    public Set<Extension> extensions() {
        EnumSet<Extension> all = EnumSet.allOf(Extension.class);
        if (plan.parkOrbits().isEmpty()) {
            all.remove(Extension.INDIRECT_PARK);
        }
        return Collections.unmodifiableSet(all);
    }

    @Override
    public Topology topology() {
        return topology;
    }

    /**
     * Reports {@link Signals#inService()} at once: the switch is in memory and always ready.
     *
     * @throws IllegalStateException if the backend was started or stopped before
     */
    @Override
    public void start(Signals signals) {
        Objects.requireNonNull(signals, "signals");
        synchronized (lock) {
            if (started || stopped) {
                throw new IllegalStateException("a sim backend starts once, and cannot start after it stopped");
            }
            started = true;
            this.signals = signals;
        }
        signals.inService();
    }

    @Override
    public boolean isDialable(String destination) {
        return plan.classify(destination) != SwitchPlan.NumberKind.INVALID;
    }

    /** A local address or an external number the plan lists is a whole number. */
    @Override
    public boolean isCompleteNumber(String digits) {
        return plan.isLocal(digits) || plan.externals().containsKey(digits);
    }

    /**
     * A route point has no phone: the call waits, offered, for the application to accept, reject
     * or redirect it.
     */
    private void offerToRoutePoint(long leg, ForwardingRoute route) {
        Leg state = new Leg(this);
        state.route = route;
        Signals out;
        synchronized (lock) {
            out = signals;
            if (out == null) {
                return;
            }
            if (legs.putIfAbsent(leg, state) != null) {
                throw new IllegalArgumentException("leg " + leg + " is already in a call on this switch");
            }
        }
        out.offered(leg);
    }

    private Signals signals() {
        synchronized (lock) {
            return signals;
        }
    }

    /**
     * Calls a number beyond the switch, which behaves as scripted or as the plan says.
     *
     * @throws IllegalArgumentException if {@code destination} is a local address (offer it instead)
     *     or {@code leg} is already in use
     */
    @Override
    public void route(long leg, String caller, String destination) {
        Objects.requireNonNull(caller, "caller");
        if (plan.isLocal(Objects.requireNonNull(destination, "destination"))) {
            throw new IllegalArgumentException("cannot route leg " + leg + " to local address '" + destination
                    + "'; offer it instead");
        }
        play(leg, behaviourOf(destination), true, null, ForwardingRoute.fresh(caller, destination), null);
    }

    /** The switch calls the destination itself: the transferred party's leg changes nothing. */
    @Override
    public void routeTransfer(long leg, long transferred, String caller, String destination) {
        route(leg, caller, destination);
    }

    /**
     * Rings a local address, whose user rings until the application answers unless scripted.
     *
     * @throws IllegalArgumentException if {@code address} is not local or {@code leg} is already in use
     */
    @Override
    public void offer(long leg, String caller, String address) {
        Objects.requireNonNull(caller, "caller");
        if (!plan.isLocal(Objects.requireNonNull(address, "address"))) {
            throw new IllegalArgumentException("cannot offer leg " + leg + " to '" + address
                    + "', which is not a local address; route it instead");
        }
        arrive(leg, ForwardingRoute.fresh(caller, address));
    }

    /** What the party at {@code number} does when called: as scripted, or as the plan says. */
    private PartyBehaviour behaviourOf(String number) {
        Optional<PartyBehaviour> script = host.scriptOf(number);
        if (plan.isLocal(number)) {
            return script.orElse(PartyBehaviour.RING);
        }
        return script.orElseGet(() -> PartyBehaviour.of(plan.externalBehaviour(number)));
    }

    /**
     * A call arrives at a local address ({@code route.at()}): a route point offers it; otherwise
     * the address's forwarding and do-not-disturb decide ({@link Arrival}) whether it is diverted,
     * refused, or played by the party, with a timer for no-answer forwarding if there is a rule.
     */
    private void arrive(long leg, ForwardingRoute route) {
        String address = route.at();
        if (plan.routePoints().contains(address)) {
            offerToRoutePoint(leg, route);
            return;
        }
        PartyBehaviour behaviour = behaviourOf(address);
        List<String> terminals = plan.terminalsOf(address);
        List<ForwardingRule> rules = features.forwardingOf(address);
        boolean internal = plan.isLocal(route.caller());
        Arrival arrival = Arrival.decide(rules, route.caller(), internal,
                features.refusesForDoNotDisturb(address, terminals), behaviour);
        switch (arrival.kind()) {
            case DIVERT -> divert(leg, route, arrival.destination());
            case REFUSE -> fail(leg, arrival.cause());
            default -> {
                ForwardingRule onNoAnswer = ForwardingRule.mostSpecific(rules, ForwardingRule.Condition.NO_ANSWER,
                        route.caller(), internal);
                play(leg, behaviour, false, features.firstTerminalToRing(terminals), route,
                        onNoAnswer == null ? null : onNoAnswer.destination());
            }
        }
    }

    /** The call on {@code leg} goes on somewhere else: a local address or a number beyond the switch. */
    private void proceed(long leg, ForwardingRoute route) {
        if (plan.isLocal(route.at())) {
            arrive(leg, route);
        } else {
            play(leg, behaviourOf(route.at()), true, null, route, null);
        }
    }

    /**
     * Forwarding diverts the call on {@code leg}, which is at {@code route.at()}, to
     * {@code destination} as a new leg; unless the call has been there before, which would make
     * it go round for ever: then the leg fails with {@code CAUSE_REDIRECTED} where it is.
     */
    private void divert(long leg, ForwardingRoute route, String destination) {
        Signals out = signals();
        if (out == null) {
            return;
        }
        ForwardingRoute onward = route.divertedTo(destination);
        if (onward == null) {
            out.failed(leg, CallCtlEv.CAUSE_REDIRECTED);
            return;
        }
        long next = LegIds.next();
        out.diverted(leg, next, destination);
        proceed(next, onward);
    }

    private void fail(long leg, int cause) {
        Signals out = signals();
        if (out != null) {
            out.failed(leg, cause);
        }
    }

    /**
     * Plays the far end of a new leg.
     *
     * @param beyondSwitch whether the network reports the call {@linkplain Signals#reached reached}
     *     before the party is alerted
     * @param terminal where the party answers (null beyond the switch)
     * @param route how the call got to the party
     * @param forwardOnNoAnswer where a no-answer forwarding rule diverts the call if it rings for
     *     the forwarding time, or null if there is none
     */
    private void play(long leg, PartyBehaviour behaviour, boolean beyondSwitch, String terminal,
            ForwardingRoute route, String forwardOnNoAnswer) {
        boolean failsAtOnce = behaviour.kind() == PartyBehaviour.Kind.BUSY
                || behaviour.kind() == PartyBehaviour.Kind.UNKNOWN;
        boolean staysOpen = !failsAtOnce && behaviour.kind() != PartyBehaviour.Kind.REJECT;
        Leg state = new Leg(this);
        state.route = route;
        if (!beyondSwitch) {
            state.address = route.at(); // so that a user answering at the phone finds this provider
        }
        Signals out;
        synchronized (lock) {
            out = signals;
            if (out == null) {
                return; // not started, or stopped: commands are ignored
            }
            if (legs.containsKey(leg)) {
                throw new IllegalArgumentException("leg " + leg + " is already in a call on this switch");
            }
            if (staysOpen) {
                legs.put(leg, state);
            }
        }
        if (failsAtOnce) {
            out.failed(leg, behaviour.kind() == PartyBehaviour.Kind.BUSY ? CallCtlEv.CAUSE_BUSY
                    : Ev.CAUSE_DEST_NOT_OBTAINABLE);
            return;
        }
        if (beyondSwitch) {
            out.reached(leg);
        }
        out.alerting(leg);
        Duration forwardAfter = host.forwardNoAnswerAfter();
        // Diverted by the leg's owner when the timer fires: a call handed over takes its forwarding along.
        Consumer<Signals> forward = s -> state.owner.divert(leg, route, forwardOnNoAnswer);
        switch (behaviour.kind()) {
            case ANSWER -> {
                if (forwardsFirst(forwardOnNoAnswer, behaviour.answerDelay())) {
                    settleAfter(forwardAfter, leg, state, forward, false);
                } else {
                    settleAfter(behaviour.answerDelay(), leg, state, s -> s.answered(leg, terminal), true);
                }
            }
            case NO_ANSWER -> {
                if (forwardsFirst(forwardOnNoAnswer, host.noAnswerTimeout())) {
                    settleAfter(forwardAfter, leg, state, forward, false);
                } else {
                    settleAfter(host.noAnswerTimeout(), leg, state,
                            s -> s.failed(leg, CallCtlEv.CAUSE_CALL_NOT_ANSWERED), false);
                }
            }
            case REJECT -> out.failed(leg, Ev.CAUSE_CALL_CANCELLED);
            default -> { // RING: the leg rings until answered or released, or forwarded unanswered
                if (forwardOnNoAnswer != null) {
                    settleAfter(forwardAfter, leg, state, forward, false);
                }
            }
        }
    }

    /** Whether no-answer forwarding to {@code destination} comes before something due after {@code delay}. */
    private boolean forwardsFirst(String destination, Duration delay) {
        return destination != null && host.forwardNoAnswerAfter().compareTo(delay) < 0;
    }

    /**
     * Ends the ringing of {@code leg} with {@code outcome} after {@code delay} (at once if zero),
     * unless the leg is answered, released or the backend stopped first. The timer is scheduled
     * after the leg's earlier signals were sent, so the outcome always follows them.
     */
    private void settleAfter(Duration delay, long leg, Leg state, Consumer<Signals> outcome, boolean connects) {
        if (delay.isZero()) {
            settle(leg, state, outcome, connects);
            return;
        }
        // The leg's owner at the time it fires: a call handed to another provider takes its timers along.
        SimClock.Timer timer = clock.schedule(delay, () -> state.owner.settle(leg, state, outcome, connects));
        boolean keep;
        synchronized (lock) {
            keep = signals != null && legs.get(leg) == state && state.ringing;
            if (keep) {
                state.timer = timer;
            }
        }
        if (!keep) {
            timer.cancel();
        }
    }

    /** Sends {@code outcome} if {@code leg} is still ringing; it stays known only if it {@code connects}. */
    private void settle(long leg, Leg state, Consumer<Signals> outcome, boolean connects) {
        Signals out;
        synchronized (lock) {
            out = signals;
            if (out == null || legs.get(leg) != state || !state.ringing) {
                return;
            }
            state.ringing = false;
            state.timer = null;
            if (!connects) {
                legs.remove(leg);
            }
        }
        outcome.accept(out);
    }

    /** The application answered: the far end's pending answer or no-answer timeout is moot. */
    @Override
    public void answer(long leg, String terminal) {
        SimClock.Timer timer;
        synchronized (lock) {
            Leg state = legs.get(leg);
            if (state == null) {
                return;
            }
            state.ringing = false;
            timer = state.timer;
            state.timer = null;
        }
        cancel(timer);
    }

    /**
     * The parker's leg is done; the orbit leg waits, ringing nobody, until the model ends it or the
     * plan's park recall time runs out.
     *
     * @throws IllegalArgumentException if {@code orbit} is not a park orbit or {@code orbitLeg} is
     *     already in use
     */
    @Override
    public void park(long parkerLeg, long orbitLeg, String orbit) {
        if (!plan.parkOrbits().contains(Objects.requireNonNull(orbit, "orbit"))) {
            throw new IllegalArgumentException("cannot park leg " + parkerLeg + " at '" + orbit
                    + "', which is not a park orbit");
        }
        release(parkerLeg, CallCtlEv.CAUSE_PARK);
        Leg parked = new Leg(this); // "ringing" here: waiting for its outcome, a pickup or the recall
        if (open(orbitLeg, parked)) {
            settleAfter(plan.parkRecall(), orbitLeg, parked, s -> s.parkRecall(orbitLeg), true);
        }
    }

    /**
     * The picked leg is done; the picker's leg is connected and stays known until released.
     *
     * @throws IllegalArgumentException if {@code address} is not local or {@code newLeg} is already in use
     */
    @Override
    public void pickup(long pickedLeg, long newLeg, String address, String terminal) {
        if (!plan.isLocal(Objects.requireNonNull(address, "address"))) {
            throw new IllegalArgumentException("cannot pick up leg " + pickedLeg + " at '" + address
                    + "', which is not a local address");
        }
        Objects.requireNonNull(terminal, "terminal");
        release(pickedLeg, CallCtlEv.CAUSE_CALL_PICKUP);
        Leg taken = new Leg(this);
        taken.ringing = false;
        open(newLeg, taken);
    }

    /** Starts to play {@code leg}; false if the backend is not running. */
    private boolean open(long leg, Leg state) {
        synchronized (lock) {
            if (signals == null) {
                return false;
            }
            if (legs.containsKey(leg)) {
                throw new IllegalArgumentException("leg " + leg + " is already in a call on this switch");
            }
            legs.put(leg, state);
            return true;
        }
    }

    @Override
    public void release(long leg, int cause) {
        holds.legEnded(leg); // also for a leg the switch never played, such as a caller's
        Leg state;
        synchronized (lock) {
            completions.cancelCampOn(leg);
            state = legs.remove(leg);
            if (state == null) {
                return;
            }
            state.ringing = false;
        }
        cancel(state.timer);
    }

    /** Writes the hold down, for {@link #isHeld}; the switch carries no media to silence. */
    @Override
    public void hold(long holder, long held, String heldAddress) {
        Objects.requireNonNull(heldAddress, "heldAddress");
        synchronized (lock) {
            if (signals == null) {
                return; // not started, or stopped: commands are ignored
            }
        }
        holds.hold(holder, held, heldAddress);
    }

    @Override
    public void retrieve(long holder, long held, String heldAddress) {
        holds.retrieve(holder, held);
    }

    /**
     * Nothing to play: the switch carries no media, and the moved legs keep their ids, so their
     * far ends (a pending answer, a no-answer timeout) go on as they were.
     */
    @Override
    public void transfer(long[] transferred, long[] to) {
        Objects.requireNonNull(transferred, "transferred");
        Objects.requireNonNull(to, "to");
    }

    /** Nothing to play, as for {@link #transfer}: the switch mixes no media. */
    @Override
    public void conference(long[] parties, long[] added) {
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(added, "added");
    }

    /** Whether a call on this switch holds the party at {@code address}, as the model said. */
    public boolean isHeld(String address) {
        return holds.isHeld(Objects.requireNonNull(address, "address"));
    }

    private static void cancel(SimClock.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    // ---- handoff, digits and dialling location ---------------------------------------------------

    @Override
    public boolean registerApplication(String application) {
        return host.registerApplication(Objects.requireNonNull(application, "application"), this);
    }

    @Override
    public void unregisterApplication(String application) {
        host.unregisterApplication(Objects.requireNonNull(application, "application"), this);
    }

    /**
     * Moves the legs of {@code call} that this backend plays, with their pending timers, to the
     * backend holding {@code application}, which tells its provider.
     */
    @Override
    public boolean handOff(CallImage call, String application) {
        SimBackend target = host.application(Objects.requireNonNull(application, "application")).orElse(null);
        if (target == null || target == this) {
            return false;
        }
        Map<Long, Leg> moving = new LinkedHashMap<>();
        synchronized (lock) {
            if (signals == null) {
                return false;
            }
            for (long id : call.legIds()) {
                Leg state = legs.remove(id);
                if (state != null) {
                    moving.put(id, state);
                }
            }
        }
        if (target.takeOver(call, moving)) {
            holds.moveTo(target.holds, call.legIds()); // a held call stays held with its new provider
            return true;
        }
        synchronized (lock) { // the target stopped meanwhile: nothing changes
            legs.putAll(moving);
        }
        return false;
    }

    /** Takes the legs of a call handed to this backend's provider; false if this backend stopped. */
    private boolean takeOver(CallImage call, Map<Long, Leg> moving) {
        Signals out;
        synchronized (lock) {
            out = signals;
            if (out == null) {
                return false;
            }
            moving.values().forEach(state -> state.owner = this);
            legs.putAll(moving);
        }
        out.handedOver(call);
        return true;
    }

    /** The switch writes the digits down as heard by {@code party}, for the test to read. */
    @Override
    public void sendDigits(long leg, String party, String digits) {
        host.heardDigits(Objects.requireNonNull(party, "party"), Objects.requireNonNull(digits, "digits"));
    }

    /** The plan's dialling location. */
    @Override
    public DiallingLocation diallingLocation() {
        return plan.diallingLocation();
    }

    /** Whether a call offered by this backend still rings at the local {@code address}. */
    public boolean ringsAt(String address) {
        synchronized (lock) {
            return signals != null && legs.values().stream().anyMatch(l -> l.ringing && address.equals(l.address));
        }
    }

    /** Whether this backend's provider is running and its application watches the local {@code address}. */
    public boolean watches(String address) {
        Signals out;
        synchronized (lock) {
            out = signals;
        }
        return out != null && out.watches(address);
    }

    /** Whether the backend has started and not stopped. */
    public boolean isRunning() {
        synchronized (lock) {
            return signals != null;
        }
    }

    // ---- diverting calls and line features -----------------------------------------------------

    /**
     * Stops alerting {@code leg} and offers (or routes) the call to {@code destination} as
     * {@code newLeg}; the addresses the leg had been diverted from stay on the new leg's way, so
     * forwarding cannot bring the call back to them.
     */
    @Override
    public void redirect(long leg, long newLeg, String caller, String destination) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(destination, "destination");
        Leg old;
        synchronized (lock) {
            old = legs.remove(leg);
            if (old != null) {
                old.ringing = false;
            }
        }
        List<String> path = List.of();
        if (old != null) {
            cancel(old.timer);
            path = old.route == null ? List.of() : old.route.leaving(); // parked and picked legs have none
        }
        proceed(newLeg, new ForwardingRoute(caller, destination, path));
    }

    @Override
    public void setForwarding(String address, List<ForwardingRule> rules) {
        features.setForwarding(Objects.requireNonNull(address, "address"), Objects.requireNonNull(rules, "rules"));
    }

    @Override
    public void setAddressDoNotDisturb(String address, boolean on) {
        features.setAddressDoNotDisturb(Objects.requireNonNull(address, "address"), on);
        if (!on) {
            partyMayBeFree(address, false);
        }
    }

    @Override
    public void setTerminalDoNotDisturb(String terminal, boolean on) {
        features.setTerminalDoNotDisturb(Objects.requireNonNull(terminal, "terminal"), on);
        if (!on && plan.isTerminal(terminal)) {
            plan.addressesOf(terminal).forEach(address -> partyMayBeFree(address, false));
        }
    }

    @Override
    public void setMessageWaiting(String address, boolean on) {
        features.setMessageWaiting(Objects.requireNonNull(address, "address"), on);
    }

    /** Whether the message-waiting lamp of {@code address} is lit; for the switch's scripting API. */
    public boolean isMessageWaiting(String address) {
        return features.isMessageWaiting(address);
    }

    // ---- call completion ------------------------------------------------------------------------

    @Override
    public void requestCallback(long request, String requester, String target) {
        Completions.Callback callback = new Completions.Callback(request, Objects.requireNonNull(requester,
                "requester"), Objects.requireNonNull(target, "target"));
        synchronized (lock) {
            if (signals == null) {
                return;
            }
            completions.add(callback);
        }
        partyMayBeFree(target, false);
    }

    @Override
    public void cancelCallback(long request) {
        synchronized (lock) {
            completions.cancelCallback(request);
        }
    }

    @Override
    public void campOn(long leg, String caller, String target) {
        Completions.CampOn campOn = new Completions.CampOn(leg, Objects.requireNonNull(caller, "caller"),
                Objects.requireNonNull(target, "target"));
        synchronized (lock) {
            if (signals == null) {
                return;
            }
            completions.add(campOn);
        }
        partyMayBeFree(target, false);
    }

    /**
     * The party at {@code number} may have become free: its script changed, its do-not-disturb went
     * off, or its user was seen at the phone ({@code userSeen}). Callbacks and camp-ons waiting for
     * it are carried out if it is free now: not busy, unknown or refusing calls; a party that does
     * not answer (or rejects) counts as free only once its user was seen. For the switch's
     * scripting API.
     */
    public void partyMayBeFree(String number, boolean userSeen) {
        Objects.requireNonNull(number, "number");
        List<Object> due;
        synchronized (lock) {
            if (signals == null) {
                return;
            }
            due = completions.due(number, n -> isFree(n, userSeen));
        }
        for (Object each : due) {
            if (each instanceof Completions.CampOn c) {
                proceed(c.leg(), ForwardingRoute.fresh(c.caller(), c.target()));
            } else if (each instanceof Completions.Callback c) {
                callBack(c);
            }
        }
    }

    private boolean isFree(String number, boolean userSeen) {
        if (plan.isLocal(number) && features.refusesForDoNotDisturb(number, plan.terminalsOf(number))) {
            return false;
        }
        return switch (behaviourOf(number).kind()) {
            case BUSY, UNKNOWN -> false;
            case NO_ANSWER, REJECT -> userSeen;
            default -> true;
        };
    }

    /** Rings the requester of a callback as a new leg; the model calls the target once it answers. */
    private void callBack(Completions.Callback c) {
        Signals out = signals();
        if (out == null) {
            return;
        }
        long leg = LegIds.next();
        out.callback(c.request(), leg, c.requester(), c.target());
        List<String> terminals = plan.terminalsOf(c.requester());
        play(leg, behaviourOf(c.requester()), false, features.firstTerminalToRing(terminals),
                ForwardingRoute.fresh(c.target(), c.requester()), null);
    }

    /**
     * Cancels every timer, forgets every leg, closes the clock if this backend owns it and tells
     * the host; idempotent.
     */
    @Override
    public void stop() {
        List<SimClock.Timer> timers = new ArrayList<>();
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            signals = null;
            legs.values().forEach(state -> timers.add(state.timer));
            legs.clear();
            completions.clear();
        }
        timers.forEach(SimBackend::cancel);
        holds.clear();
        if (ownsClock) {
            clock.close();
        }
        host.stopped(this);
    }

    /**
     * Sends a signal that starts at the switch rather than answering a command: a call coming in
     * from beyond it, or a user at a phone. For the switch's scripting API.
     *
     * @return false, sending nothing, if the backend has not started or has stopped
     */
    public boolean report(Consumer<Signals> signal) {
        Objects.requireNonNull(signal, "signal");
        Signals out;
        synchronized (lock) {
            out = signals;
        }
        if (out == null) {
            return false;
        }
        signal.accept(out);
        return true;
    }

    @Override
    public String toString() {
        return "SimBackend[" + host + "]";
    }
}
