package org.dialtone.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.backend.Signals;
import org.dialtone.internal.backend.sim.PartyBehaviour;
import org.dialtone.internal.backend.sim.SimBackend;

/**
 * A sim switch: its {@link SwitchPlan}, the {@link SimClock} it lives by, how its parties behave
 * ({@link #party(String)}) and how long it lets an unanswered call ring. A test creates a named
 * switch, names it in the provider string ({@code sim;name=lab}), and then plays the people at the
 * phones and the parties beyond the switch through this object.
 *
 * <p>Named switches live in a registry shared by the whole JVM until {@link #remove()}d. Several
 * providers may use a named switch at once (a private one serves one): each owns the calls it
 * placed or was handed ({@code org.dialtone.ext.Handoff}). A call that starts at the switch, from
 * {@link #call} or a user {@linkplain Party#dial dialling}, goes to the first provider, in the order
 * they were opened, whose application watches the address (an address or call observer or listener
 * on it or one of its terminals), else to the first provider; a user answering reaches the provider
 * whose call rings there; hanging up and sending digits reach every provider. Scripts and settings
 * apply to calls the switch starts from then on. All methods are thread-safe.
 */
public final class SimSwitch {
    /** How long a party that does not answer rings, unless {@link #setNoAnswerTimeout} says otherwise. */
    public static final Duration DEFAULT_NO_ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a call rings before no-answer forwarding diverts it, unless
     * {@link #setForwardNoAnswerAfter} says otherwise.
     */
    public static final Duration DEFAULT_FORWARD_NO_ANSWER_AFTER = Duration.ofSeconds(15);

    private static final ConcurrentMap<String, SimSwitch> REGISTRY = new ConcurrentHashMap<>();

    private final String name; // null for a private switch
    private final SwitchPlan plan;
    private final SimClock clock;
    private final SystemClock ownClock; // the clock a private switch made for itself, else null
    private final Map<String, PartyBehaviour> scripts = new ConcurrentHashMap<>();
    private volatile Duration noAnswerTimeout = DEFAULT_NO_ANSWER_TIMEOUT;
    private final SwitchMembers members = new SwitchMembers();
    private final Map<String, StringBuffer> heardDigits = new ConcurrentHashMap<>();
    private volatile Duration forwardNoAnswerAfter = DEFAULT_FORWARD_NO_ANSWER_AFTER;

    private SimSwitch(String name, SwitchPlan plan, SimClock clock, SystemClock ownClock) {
        this.name = name;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownClock = ownClock;
    }

    /**
     * Creates a switch and registers it under {@code name}, for a provider string to find. The
     * clock stays the caller's: stopping a provider does not close it.
     *
     * @throws IllegalArgumentException if the name is empty, has whitespace at either end or a
     *     {@code ;} (a provider string could not name it), or a switch of that name exists
     */
    public static SimSwitch create(String name, SwitchPlan plan, SimClock clock) {
        checkName(name);
        SimSwitch created = new SimSwitch(name, plan, clock, null);
        if (REGISTRY.putIfAbsent(name, created) != null) {
            throw new IllegalArgumentException("a sim switch named '" + name + "' already exists");
        }
        return created;
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a sim switch name must not be empty");
        }
        if (!name.strip().equals(name) || name.contains(";")) {
            throw new IllegalArgumentException("sim switch name '" + name
                    + "' cannot appear in a provider string: it has whitespace at an end or a ';'");
        }
    }

    /**
     * Creates an unregistered switch with a real-time clock of its own, for one provider: when that
     * provider shuts down, the clock's thread ends and the switch cannot be attached again.
     */
    public static SimSwitch createPrivate(SwitchPlan plan) {
        Objects.requireNonNull(plan, "plan");
        SystemClock own = new SystemClock();
        return new SimSwitch(null, plan, own, own);
    }

    /** The registered switch named {@code name}, if there is one. */
    public static Optional<SimSwitch> named(String name) {
        return Optional.ofNullable(REGISTRY.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Unregisters this switch, so its name is free again; a provider using it keeps it. Does
     * nothing for a private or already removed switch.
     */
    public void remove() {
        if (name != null) {
            REGISTRY.remove(name, this);
        }
    }

    /** What the switch contains. */
    public SwitchPlan plan() {
        return plan;
    }

    /** The time the switch lives by. */
    public SimClock clock() {
        return clock;
    }

    /**
     * Sets how long a party scripted (or planned) not to answer rings before its call fails with
     * {@code CallCtlEv.CAUSE_CALL_NOT_ANSWERED}; for calls that start ringing from now on.
     *
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public void setNoAnswerTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("no-answer timeout " + timeout + " must be positive");
        }
        noAnswerTimeout = timeout;
    }

    /** How long a party that does not answer rings; {@link #DEFAULT_NO_ANSWER_TIMEOUT} unless set. */
    public Duration noAnswerTimeout() {
        return noAnswerTimeout;
    }

    /**
     * Sets how long a call rings unanswered at an address with a no-answer forwarding rule
     * ({@code CallControlForwarding.FORWARD_ON_NOANSWER}) before the switch diverts it; for calls
     * that start ringing from now on. If the party's own no-answer timeout is not longer, the call
     * fails unanswered instead.
     *
     * @throws IllegalArgumentException if {@code time} is zero or negative
     */
    public void setForwardNoAnswerAfter(Duration time) {
        Objects.requireNonNull(time, "time");
        if (time.isZero() || time.isNegative()) {
            throw new IllegalArgumentException("no-answer forwarding time " + time + " must be positive");
        }
        forwardNoAnswerAfter = time;
    }

    /**
     * How long a call rings before no-answer forwarding diverts it;
     * {@link #DEFAULT_FORWARD_NO_ANSWER_AFTER} unless set.
     */
    public Duration forwardNoAnswerAfter() {
        return forwardNoAnswerAfter;
    }

    /**
     * The party at {@code number}: a local address or a number beyond the switch.
     *
     * @throws IllegalArgumentException if no party can have that number (it is neither local nor
     *     all digits)
     */
    public Party party(String number) {
        SwitchPlan.NumberKind kind = plan.classify(Objects.requireNonNull(number, "number"));
        if (kind == SwitchPlan.NumberKind.INVALID) {
            throw new IllegalArgumentException("'" + number
                    + "' is neither a local address of this switch nor an all-digit external number");
        }
        return new Party(this, number, kind == SwitchPlan.NumberKind.LOCAL);
    }

    /**
     * A party beyond the switch calls a local address: the provider sees a new incoming call.
     *
     * @throws IllegalArgumentException if {@code externalNumber} is local or not all digits, or
     *     {@code localAddress} is not local
     * @throws IllegalStateException if no running provider uses this switch
     */
    public void call(String externalNumber, String localAddress) {
        SwitchPlan.NumberKind kind = plan.classify(Objects.requireNonNull(externalNumber, "externalNumber"));
        if (kind == SwitchPlan.NumberKind.LOCAL || kind == SwitchPlan.NumberKind.INVALID) {
            throw new IllegalArgumentException("the caller '" + externalNumber
                    + "' is not an external number: it must be all digits and not a local address");
        }
        if (!plan.isLocal(Objects.requireNonNull(localAddress, "localAddress"))) {
            throw new IllegalArgumentException("'" + localAddress + "' is not a local address of this switch");
        }
        sendForNewCall(localAddress, signals -> signals.incoming(LegIds.next(), externalNumber, localAddress));
    }

    /**
     * For the provider's use only, not for tests: the backend that lets a new provider use this
     * switch. It stays attached until the backend stops.
     *
     * @throws IllegalStateException if this is a private switch and its provider uses it or has
     *     shut down
     */
    public SimBackend attach() {
        if (ownClock != null && ownClock.isClosed()) {
            throw new IllegalStateException(this + " has served its provider, which shut down; create another");
        }
        SimBackend backend = new SimBackend(plan, clock, ownClock != null, new Host());
        if (!members.add(backend, ownClock != null)) {
            throw new IllegalStateException(this + " is in use by another provider");
        }
        return backend;
    }

    /** Scripts the party at {@code number}; null restores the default. */
    void script(String number, PartyBehaviour behaviour) {
        if (behaviour == null) {
            scripts.remove(number);
        } else {
            scripts.put(number, behaviour);
        }
        for (SimBackend backend : members.all()) {
            backend.partyMayBeFree(number, false); // a party no longer busy may owe a callback
        }
    }

    /** The user of local address {@code number} was at the phone: call completions may be due. */
    void userSeen(String number) {
        for (SimBackend backend : members.all()) {
            backend.partyMayBeFree(number, true);
        }
    }

    /** Whether a provider using the switch lit the message-waiting lamp of {@code address}. */
    boolean isMessageWaiting(String address) {
        return members.all().stream().anyMatch(backend -> backend.isMessageWaiting(address));
    }

    /** Sends a signal to the first provider using this switch. */
    void send(Consumer<Signals> signal) {
        List<SimBackend> all = members.all();
        deliver(all.isEmpty() ? null : all.get(0), signal);
    }

    /** Sends a signal that starts a call at local {@code address} to the provider that takes it. */
    void sendForNewCall(String address, Consumer<Signals> signal) {
        deliver(members.forNewCall(address), signal);
    }

    /** Sends a user's answer at {@code address} to the provider whose call rings there. */
    void sendToRinging(String address, Consumer<Signals> signal) {
        deliver(members.forAnswer(address), signal);
    }

    /** Sends a signal to every running provider using this switch. */
    void sendToAll(Consumer<Signals> signal) {
        List<SimBackend> all = members.all();
        if (all.isEmpty()) {
            throw new IllegalStateException(this + " has no provider attached");
        }
        boolean reached = false;
        for (SimBackend backend : all) {
            reached |= backend.report(signal);
        }
        if (!reached) {
            throw new IllegalStateException("the provider using " + this + " has not started or has shut down");
        }
    }

    private void deliver(SimBackend backend, Consumer<Signals> signal) {
        if (backend == null) {
            throw new IllegalStateException(this + " has no provider attached");
        }
        if (!backend.report(signal)) {
            throw new IllegalStateException("the provider using " + this + " has not started or has shut down");
        }
    }

    /** Every digit {@code number} heard in its calls so far, in order. */
    String receivedDigits(String number) {
        StringBuffer heard = heardDigits.get(number);
        return heard == null ? "" : heard.toString();
    }

    /** Whether a call of a provider using this switch holds the party at {@code number}. */
    boolean isHeld(String number) {
        return members.all().stream().anyMatch(backend -> backend.isHeld(number));
    }

    /** {@code sim switch NAME}, or {@code private sim switch}. */
    @Override
    public String toString() {
        return name == null ? "private sim switch" : "sim switch " + name;
    }

    /** The switch as its backend sees it. */
    /**
     * The switch behind a provider that {@code getProvider("sim...")} returned, for scripting it;
     * empty for any other provider.
     */
    public static Optional<SimSwitch> of(javax.telephony.Provider provider) {
        if (provider instanceof org.dialtone.internal.model.ProviderImpl p && p.backend() instanceof SimBackend b
                && b.host() instanceof Host h) {
            return Optional.of(h.owner());
        }
        return Optional.empty();
    }

    private final class Host implements SimBackend.Host {
        SimSwitch owner() {
            return SimSwitch.this;
        }

        @Override
        public Optional<PartyBehaviour> scriptOf(String number) {
            return Optional.ofNullable(scripts.get(number));
        }

        @Override
        public Duration noAnswerTimeout() {
            return noAnswerTimeout;
        }

        @Override
        public Duration forwardNoAnswerAfter() {
            return forwardNoAnswerAfter;
        }

        @Override
        public void stopped(SimBackend backend) {
            members.remove(backend);
        }

        @Override
        public boolean registerApplication(String name, SimBackend backend) {
            return members.register(name, backend);
        }

        @Override
        public void unregisterApplication(String name, SimBackend backend) {
            members.unregister(name, backend);
        }

        @Override
        public Optional<SimBackend> application(String name) {
            return members.application(name);
        }

        @Override
        public void heardDigits(String party, String digits) {
            heardDigits.computeIfAbsent(party, p -> new StringBuffer()).append(digits);
        }

        @Override
        public String toString() {
            return SimSwitch.this.toString();
        }
    }
}
