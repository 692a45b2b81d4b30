package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;
import javax.telephony.events.AddrEv;
import javax.telephony.events.AddrObservationEndedEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.events.ProvShutdownEv;
import javax.telephony.events.TermEv;
import javax.telephony.events.TermObservationEndedEv;
import org.dialtone.ext.AddressTranslation;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.ext.ExtensionSupport;
import org.dialtone.ext.Handoff;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.backend.Topology;
import org.dialtone.internal.capability.Capability;
import org.dialtone.internal.event.AddressEventImpl;
import org.dialtone.internal.event.EvData;
import org.dialtone.internal.event.EventDelivery;
import org.dialtone.internal.event.ObserverEvents;
import org.dialtone.internal.event.ProviderEventImpl;
import org.dialtone.internal.event.TerminalEventImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider: the entry to the model, owner of its loop and its event delivery, and the place
 * where commands become batches of changes and batches become events (see docs/concurrency.md).
 * The call flow itself lives in {@link CallImpl}; backend signals arrive through
 * {@link ProviderSignals}.
 */
public final class ProviderImpl implements Provider, ExtensionSupport, Handoff, AddressTranslation {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderImpl.class);
    private static final long TIMEOUT_MILLIS = 10_000;
    private static final AtomicLong CALL_IDS = new AtomicLong();

    private final String name;
    private final Backend backend;
    private final Set<Capability> offered;
    private final Set<Extension> offeredExtensions;
    private final ModelLoop loop;
    private final EventDelivery delivery;
    private final Map<String, AddressImpl> addresses = new LinkedHashMap<>();
    private final Map<String, TerminalImpl> terminals = new LinkedHashMap<>();
    private final CountDownLatch firstState = new CountDownLatch(1);
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private volatile int state = Provider.OUT_OF_SERVICE;

    // Loop-owned.
    private final Map<Long, ConnectionImpl> legs = new HashMap<>();
    /**
     * The live calls by id (creation order). Changed only on the loop; a concurrent map so that
     * getCalls() reads it from any thread without copying it on every call start and end, which
     * cost O(live calls) per call.
     */
    private final ConcurrentSkipListMap<Long, CallImpl> calls = new ConcurrentSkipListMap<>();
    private final Subscribers subscribers;
    private final Registrations<ProviderObserver> observers = new Registrations<>(ProviderObserver.class);
    private final Registrations<ProviderListener> listeners = new Registrations<>(ProviderListener.class);
    private final CallCompletions completions = new CallCompletions(this);
    private final PendingLegs pendingLegs = new PendingLegs();
    private Batch batch;
    private final Handoffs handoffs = new Handoffs(this);

    /**
     * Creates a provider over {@code backend}; call {@link #start} to bring it into service.
     *
     * @param name the provider's name, as {@link #getName} answers it
     */
    public ProviderImpl(String name, Backend backend) {
        this.name = name;
        this.backend = backend;
        this.offered = Capabilities.offeredBy(backend);
        this.offeredExtensions = Capabilities.extensionsOf(backend);
        String threadName = name.replaceAll("[^A-Za-z0-9_.=-]", "_");
        this.loop = new ModelLoop(threadName, TIMEOUT_MILLIS);
        this.delivery = new EventDelivery(threadName);
        this.subscribers = new Subscribers(delivery, loop::post);
        Topology topology = backend.topology();
        for (String a : topology.addresses()) {
            addresses.put(a, new AddressImpl(this, a, true));
        }
        for (String t : topology.terminals()) {
            terminals.put(t, new TerminalImpl(this, t));
        }
        addresses.forEach((n, a) -> a.setTerminals(topology.terminalsOf(n).stream().map(terminals::get).toList()));
        terminals.forEach((n, t) -> t.setAddresses(topology.addressesOf(n).stream().map(addresses::get).toList()));
    }

    /**
     * Starts the backend and waits (at most the model timeout) until it reports whether it is in
     * service, so that an application can place calls as soon as it has the provider.
     */
    public void start() {
        backend.start(new ProviderSignals(this));
        try {
            if (!firstState.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("provider {} did not come into service within {} ms", name, TIMEOUT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isSupported(Extension extension) {
        return offeredExtensions.contains(extension);
    }

    /** The operations this provider carries out: the model's, as far as its backend carries them. */
    Set<Capability> offered() {
        return offered;
    }

    /**
     * Throws MethodNotSupportedException, before anything is checked or changed, if this provider
     * does not carry out {@code operation}; {@code what} names it for the message.
     */
    void require(Capability operation, String what) throws MethodNotSupportedException {
        if (!offered.contains(operation)) {
            throw new MethodNotSupportedException(what + " is not supported by provider " + name
                    + " (its backend does not carry it; its capabilities say so)");
        }
    }

    /** As {@link #require(Capability, String)}, for an extension. */
    void require(Extension extension, String what) throws MethodNotSupportedException {
        if (!offeredExtensions.contains(extension)) {
            throw new MethodNotSupportedException(what + " is not supported by provider " + name
                    + " (its backend does not carry it; ExtensionSupport.isSupported says so)");
        }
    }

    // ---- extensions: handoff (Handoffs) and address translation (AddressTranslator) ------------

    @Override
    public void register(String application)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        require(Extension.HANDOFF, "register");
        handoffs.register(application);
    }

    @Override
    public void unregister(String application) {
        handoffs.unregister(application);
    }

    @Override
    public String[] getApplications() {
        return handoffs.applications();
    }

    @Override
    public void handoff(Call call, String application) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException {
        require(Extension.HANDOFF, "handoff");
        handoffs.handoff(call, application);
    }

    Handoffs handoffs() {
        return handoffs;
    }

    @Override
    public String toDialable(String canonical) throws InvalidArgumentException {
        return AddressTranslator.toDialable(backend.diallingLocation(), canonical);
    }

    @Override
    public String toCanonical(String dialable) throws InvalidArgumentException {
        if (dialable != null && addresses.containsKey(dialable.strip())) {
            throw Refusals.argument("'" + dialable + "' is a local address of provider " + name
                    + ", which has no canonical number");
        }
        return AddressTranslator.toCanonical(backend.diallingLocation(), dialable);
    }

    @Override
    public DiallingLocation getDiallingLocation() {
        return backend.diallingLocation();
    }

    /** The backend behind this provider; for the backend's own public API (such as the sim's). */
    public Backend backend() {
        return backend;
    }

    // ---- the loop, batches and publishing -----------------------------------------------------

    /**
     * Runs {@code body} on the loop as one operation and publishes its changes when it is done;
     * returns its result or rethrows its exception unchanged, on the caller's thread.
     */
    <T> T command(int metaCode, Callable<T> body) {
        if (shutDown.get() && !loop.inLoop()) {
            // The loop is gone with the shutdown; the spec's answer for a provider that is not in
            // service is InvalidStateException, which every operation declares.
            throw ModelLoop.<RuntimeException>rethrow(new InvalidStateException(this,
                    InvalidStateException.PROVIDER_OBJECT, Provider.SHUTDOWN, "provider " + name + " is shut down"));
        }
        return loop.call(() -> inBatch(metaCode, body));
    }


    /** Like {@link #command} for a backend signal: runs later, and a failure is only logged. */
    void signal(int metaCode, Runnable body) {
        loop.post(() -> {
            try {
                inBatch(metaCode, () -> {
                    body.run();
                    return null;
                });
            } catch (Exception | Error e) {
                LOG.error("provider {} failed to apply a backend signal", name, e);
            }
        });
    }

    private <T> T inBatch(int metaCode, Callable<T> body) throws Exception {
        if (batch != null) {
            return body.call();
        }
        batch = new Batch(metaCode);
        try {
            return body.call();
        } finally {
            Batch done = batch;
            batch = null;
            publish(done);
        }
    }

    /** Loop only: records a change of the running operation. */
    void record(Change change) {
        batch.add(change);
    }

    /**
     * Loop only, inside an operation that the spec describes as two steps (park: the orbit joins
     * the call, then the parker leaves it): publishes the changes recorded so far, if any, as one
     * complete step and records the rest under {@code metaCode}, so each step reaches subscribers
     * with its own meta code.
     */
    void newStep(int metaCode) {
        Batch done = batch;
        batch = new Batch(metaCode);
        publish(done);
    }

    /** Loop only: the running operation's changes of {@code call} are not to be published (it arrived whole). */
    void discardChanges(CallImpl call) {
        batch.byCall().remove(call);
    }

    /** Loop only: the running operation announces {@code call}'s changes with {@code code}. */
    void metaCode(CallImpl call, int code) {
        batch.metaCode(call, code);
    }

    /**
     * Loop only: the running operation is a transfer or merge ({@code code}) that leaves the parties
     * of {@code oldCalls} in {@code newCall}; its calls are published together.
     */
    void multiCall(int code, CallImpl newCall, CallImpl... oldCalls) {
        batch.multiCall(code, newCall, oldCalls);
    }

    /** How long a synchronous method waits for the model. */
    long timeoutMillis() {
        return TIMEOUT_MILLIS;
    }

    /** Loop only: legs asked of the backend that are not connections yet. */
    PendingLegs pendingLegs() {
        return pendingLegs;
    }

    private void publish(Batch done) {
        if (done.multiCall() != null) {
            // one operation across calls: every subscriber hears it as one group
            done.byCall().forEach((call, changes) -> attachSources(call, changes.changes));
            CallPublisher.publishTogether(done.byCall(), done.multiCall());
            done.byCall().keySet().forEach(call -> detachSources(call, Ev.CAUSE_NORMAL));
            return;
        }
        done.byCall().forEach((call, changes) -> {
            attachSources(call, changes.changes);
            int metaCode = call.getState() == Call.INVALID ? Ev.META_CALL_ENDING : changes.metaCode;
            CallPublisher.publish(call, changes.changes, metaCode);
            detachSources(call, Ev.CAUSE_NORMAL);
        });
    }

    // ---- calls and legs (loop only) ---------------------------------------------------------------

    void callStarted(CallImpl call) {
        calls.put(call.id(), call);
        holdIdleAttachments(call.observerAttachments());
        holdIdleAttachments(call.listenerAttachments());
    }

    /** Subscribers attached while the call was IDLE are held from its start until it ends. */
    private void holdIdleAttachments(List<Attachment> list) {
        for (Attachment a : list) {
            if (a.subscriber == null) {
                a.subscriber = subscribers.retain(a.target);
            }
        }
    }

    void callEnded(CallImpl call) {
        calls.remove(call.id());
    }

    void legStarted(ConnectionImpl c) {
        legs.put(c.leg, c);
    }

    void legEnded(ConnectionImpl c) {
        legs.remove(c.leg, c); // a party moved to another call keeps its leg under its new connection
    }

    ConnectionImpl leg(long id) {
        return legs.get(id);
    }

    /** Loop only: the pending call completion requests. */
    CallCompletions completions() {
        return completions;
    }

    /** Loop only: a new IDLE call, for calls that the backend or a phone starts. */
    CallImpl newCall() {
        return new CallImpl(this, CALL_IDS.incrementAndGet());
    }

    AddressImpl localAddress(String address) {
        return addresses.get(address);
    }

    TerminalImpl localTerminal(String terminal) {
        return terminals.get(terminal);
    }

    /** Counts of what the provider holds, for leak checks in tests and benchmarks. */
    public String holdings() {
        return loop.call(() -> "calls=" + calls.size() + " legs=" + legs.size() + " subscribers="
                + subscribers.size());
    }

    // ---- checks ---------------------------------------------------------------------------------

    void requireInService() throws InvalidStateException {
        if (state != Provider.IN_SERVICE) {
            throw Refusals.providerNotInService(this);
        }
    }

    TerminalImpl checkTerminal(Terminal terminal, String argument) throws InvalidArgumentException {
        if (terminal == null) {
            throw Refusals.argument(argument + " is null");
        }
        if (!(terminal instanceof TerminalImpl) || terminal.getProvider() != this) {
            throw Refusals.argument(argument + " " + terminal.getName() + " is not a terminal of provider " + name);
        }
        return (TerminalImpl) terminal;
    }

    TerminalConnectionImpl checkTerminalConnection(TerminalConnection tc, String argument)
            throws InvalidArgumentException {
        if (tc == null) {
            throw Refusals.argument(argument + " is null");
        }
        if (!(tc instanceof TerminalConnectionImpl mine) || mine.connection().call().provider() != this) {
            throw Refusals.argument(argument + " " + tc + " is not a terminal connection of provider " + name);
        }
        return mine;
    }

    AddressImpl checkAddress(Address address, String argument) throws InvalidArgumentException {
        if (address == null) {
            throw Refusals.argument(argument + " is null");
        }
        if (!(address instanceof AddressImpl) || address.getProvider() != this
                || !((AddressImpl) address).isLocal()) {
            throw Refusals.argument(argument + " " + address.getName() + " is not a local address of provider "
                    + name);
        }
        return (AddressImpl) address;
    }

    /** The address a dialled string names: a local one, or a new remote one if the backend can dial it. */
    AddressImpl destination(String number) throws InvalidPartyException {
        if (number == null || number.isEmpty()) {
            throw Refusals.destination("the destination is " + (number == null ? "null" : "empty"));
        }
        AddressImpl local = addresses.get(number);
        if (local != null) {
            return local;
        }
        if (!backend.isDialable(number)) {
            throw Refusals.destination("'" + number + "' is not a number provider " + name + " can dial");
        }
        return new AddressImpl(this, number, false);
    }

    boolean isCompleteNumber(String digits) {
        return addresses.containsKey(digits) || backend.isCompleteNumber(digits);
    }

    static String stateName(int state) {
        switch (state) {
            case Provider.IN_SERVICE: return "IN_SERVICE";
            case Provider.OUT_OF_SERVICE: return "OUT_OF_SERVICE";
            case Provider.SHUTDOWN: return "SHUTDOWN";
            default: return "state " + state;
        }
    }

    // ---- call subscribers: attached through the call, its addresses and terminals ---------------

    /** Call.addObserver / addCallListener: attach to this call, with a snapshot if it is live. */
    void attachToCall(CallImpl call, Object target, boolean listener) {
        requireNonNull(target, listener ? "listener" : "observer");
        command(Ev.META_SNAPSHOT, () -> {
            if (call.getState() == Call.INVALID) {
                Subscriber s = subscribers.retain(target);
                Attachment gone = new Attachment(target, s, call);
                CallPublisher.ended(call, gone, listener, Ev.CAUSE_NORMAL);
                subscribers.release(s);
            } else {
                if (call.wasRemovedByApplication(listener, target)) {
                    call.removedByApplication(listener).remove(target);
                }
                attach(call, target, listener, call, true);
            }
            return null;
        });
    }

    void detachFromCall(CallImpl call, Object target, boolean listener) {
        if (target == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            List<Attachment> list = listener ? call.listenerAttachments() : call.observerAttachments();
            Attachment a = find(list, target);
            if (a != null) {
                // Its observation of this call has ended: its addresses and terminals must not bring it back.
                call.removedByApplication(listener).add(target);
                a.sources.clear();
                endIfUnsourced(call, a, listener, Ev.CAUSE_NORMAL);
            }
            return null;
        });
    }

    <T> T[] attachedTo(CallImpl call, List<Attachment> list, Class<T> type) {
        if (shutDown.get()) {
            return null; // every attachment ended with the shutdown
        }
        List<Object> targets = loop.call(() -> {
            List<Object> out = new ArrayList<>();
            for (Attachment a : list) {
                out.add(a.target);
            }
            return out;
        });
        if (targets.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T[] array = (T[]) java.lang.reflect.Array.newInstance(type, targets.size());
        return targets.toArray(array);
    }

    /** Address or Terminal addCallObserver / addCallListener: follow its calls, present and future. */
    <T> void addCallSubscriber(Object source, Registrations<T> registrations, T target, boolean listener) {
        requireNonNull(target, listener ? "listener" : "observer");
        command(Ev.META_SNAPSHOT, () -> {
            if (registrations.add(target, subscribers)) {
                for (CallImpl call : callsAt(source)) {
                    attach(call, target, listener, source, true);
                }
            }
            return null;
        });
    }

    <T> void removeCallSubscriber(Object source, Registrations<T> registrations, T target, boolean listener) {
        if (target == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            Subscriber s = registrations.remove(target);
            if (s == null) {
                return null;
            }
            subscribers.release(s);
            for (CallImpl call : callsAt(source)) {
                Attachment a = find(listener ? call.listenerAttachments() : call.observerAttachments(), target);
                if (a != null) {
                    a.sources.remove(source);
                    endIfUnsourced(call, a, listener, Ev.CAUSE_NORMAL);
                }
            }
            return null;
        });
    }

    private List<CallImpl> callsAt(Object source) {
        Set<CallImpl> found = new LinkedHashSet<>();
        for (CallImpl call : calls.values()) {
            if (isIn(call, source)) {
                found.add(call);
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the address or terminal {@code source} still takes part in {@code call}. */
    private static boolean isIn(CallImpl call, Object source) {
        if (source == call) {
            return call.getState() != Call.INVALID;
        }
        for (ConnectionImpl c : call.connectionList()) {
            if (c.address() == source) {
                return true;
            }
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                if (tc.terminal() == source) {
                    return true;
                }
            }
        }
        return false;
    }

    private void attach(CallImpl call, Object target, boolean listener, Object source, boolean snapshot) {
        List<Attachment> list = listener ? call.listenerAttachments() : call.observerAttachments();
        Attachment a = find(list, target);
        if (a == null) {
            boolean idle = call.getState() == Call.IDLE;
            a = new Attachment(target, idle ? null : subscribers.retain(target), source);
            list.add(a);
            if (snapshot && !idle) {
                CallPublisher.snapshot(call, a, listener);
            }
        } else if (!a.sources.contains(source)) {
            a.sources.add(source);
        }
    }

    /** Before publishing: subscribers of the addresses and terminals in these changes join the call. */
    private void attachSources(CallImpl call, List<Change> changes) {
        for (Change c : changes) {
            ConnectionImpl connection = c.connection != null ? c.connection
                    : c.terminalConnection != null ? c.terminalConnection.connection() : null;
            if (connection != null && connection.isLocal()) {
                attachAll(call, connection.address(), connection.address().callObservers,
                        connection.address().callListeners);
            }
            if (c.terminalConnection != null) {
                TerminalImpl t = c.terminalConnection.terminal();
                attachAll(call, t, t.callObservers, t.callListeners);
            }
        }
    }

    /**
     * Loop only: the call subscribers of a live call's local addresses and terminals join it with
     * a snapshot of its state, as if just added; for a call that arrived whole (a handoff).
     */
    void attachWatchers(CallImpl call) {
        for (ConnectionImpl c : call.connectionList()) {
            if (c.isLocal()) {
                attachAll(call, c.address(), c.address().callObservers, c.address().callListeners, true);
            }
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                attachAll(call, tc.terminal(), tc.terminal().callObservers, tc.terminal().callListeners, true);
            }
        }
    }

    private void attachAll(CallImpl call, Object source, Registrations<CallObserver> obs,
            Registrations<CallListener> lis) {
        attachAll(call, source, obs, lis, false);
    }

    // Runs for every change of every operation: indexed loops, as an iterator per list per change showed in profiles.
    private void attachAll(CallImpl call, Object source, Registrations<CallObserver> obs,
            Registrations<CallListener> lis, boolean snapshot) {
        List<CallObserver> observing = obs.targets();
        for (int i = 0; i < observing.size(); i++) {
            CallObserver o = observing.get(i);
            if (!call.wasRemovedByApplication(false, o)) {
                attach(call, o, false, source, snapshot);
            }
        }
        List<CallListener> listening = lis.targets();
        for (int i = 0; i < listening.size(); i++) {
            CallListener l = listening.get(i);
            if (!call.wasRemovedByApplication(true, l)) {
                attach(call, l, true, source, snapshot);
            }
        }
    }

    /** After publishing: subscribers whose addresses and terminals all left the call stop hearing it. */
    private void detachSources(CallImpl call, int cause) {
        boolean over = call.getState() == Call.INVALID;
        for (boolean listener : new boolean[] {false, true}) {
            List<Attachment> list = listener ? call.listenerAttachments() : call.observerAttachments();
            for (Attachment a : new ArrayList<>(list)) {
                a.sources.removeIf(source -> over || !isIn(call, source));
                endIfUnsourced(call, a, listener, cause);
            }
        }
    }

    private void endIfUnsourced(CallImpl call, Attachment a, boolean listener, int cause) {
        if (a.sources.isEmpty()) {
            (listener ? call.listenerAttachments() : call.observerAttachments()).remove(a);
            if (a.subscriber == null) {
                a.subscriber = subscribers.retain(a.target); // an IDLE call's: borrow the queue to say goodbye
            }
            CallPublisher.ended(call, a, listener, cause);
            subscribers.release(a.subscriber);
        }
    }

    private static Attachment find(List<Attachment> list, Object target) {
        for (int i = 0; i < list.size(); i++) {
            Attachment a = list.get(i);
            if (a.target == target) {
                return a;
            }
        }
        return null;
    }

    /** Checks an observer or listener about to be added; a shut-down provider takes none. */
    private void requireNonNull(Object target, String what) {
        if (target == null) {
            throw new NullPointerException("the " + what + " to add is null");
        }
        if (shutDown.get()) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                    "provider " + name + " is shut down and takes no " + what);
        }
    }

    // ---- address and terminal subscribers ---------------------------------------------------------

    <T> void addAddressSubscriber(AddressImpl address, Registrations<T> registrations, T target) {
        requireNonNull(target, "address observer or listener");
        command(Ev.META_UNKNOWN, () -> registrations.add(target, subscribers));
    }

    <T> void removeAddressSubscriber(AddressImpl address, Registrations<T> registrations, T target) {
        if (target == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            Subscriber s = registrations.remove(target);
            if (s != null) {
                addressEnded(address, s, registrations == address.listeners);
                subscribers.release(s);
            }
            return null;
        });
    }

    <T> void addTerminalSubscriber(TerminalImpl terminal, Registrations<T> registrations, T target) {
        requireNonNull(target, "terminal observer or listener");
        command(Ev.META_UNKNOWN, () -> registrations.add(target, subscribers));
    }

    <T> void removeTerminalSubscriber(TerminalImpl terminal, Registrations<T> registrations, T target) {
        if (target == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            Subscriber s = registrations.remove(target);
            if (s != null) {
                terminalEnded(terminal, s, registrations == terminal.listeners);
                subscribers.release(s);
            }
            return null;
        });
    }

    /**
     * Tells {@code s} that one of its registrations on {@code address} ended: the listener one if
     * {@code listener}, else the observer one. An object that is both hears only of the one removed.
     */
    private void addressEnded(AddressImpl address, Subscriber s, boolean listener) {
        if (!listener) {
            EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).address(address).build();
            AddrEv[] evs = {(AddrEv) ObserverEvents.forId(AddrObservationEndedEv.ID, data, address)};
            s.deliver(() -> ((AddressObserver) s.target).addressChangedEvent(evs));
        } else {
            AddressEventImpl event = new AddressEventImpl(AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED,
                    Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL, null, address, false, null, false);
            s.deliver(() -> ListenerDispatch.toAddressListener((AddressListener) s.target, event));
        }
    }

    /** Like {@link #addressEnded}, for a registration on {@code terminal}. */
    private void terminalEnded(TerminalImpl terminal, Subscriber s, boolean listener) {
        if (!listener) {
            EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).terminal(terminal).build();
            TermEv[] evs = {(TermEv) ObserverEvents.forId(TermObservationEndedEv.ID, data, terminal)};
            s.deliver(() -> ((TerminalObserver) s.target).terminalChangedEvent(evs));
        } else {
            TerminalEventImpl event = new TerminalEventImpl(TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED,
                    Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL, null, terminal, false);
            s.deliver(() -> ListenerDispatch.toTerminalListener((TerminalListener) s.target, event));
        }
    }

    // ---- provider state and its events --------------------------------------------------------

    /** Loop only: the backend reported its state. */
    void changeState(int newState, String reason) {
        if (state == Provider.SHUTDOWN || state == newState) {
            firstState.countDown();
            return;
        }
        state = newState;
        if (newState == Provider.OUT_OF_SERVICE) {
            LOG.warn("provider {} is out of service: {}", name, reason);
        }
        int id = newState == Provider.IN_SERVICE ? ProviderEvent.PROVIDER_IN_SERVICE : ProviderEvent.PROVIDER_OUT_OF_SERVICE;
        for (ProviderObserver o : observers.targets()) {
            tellObserver(observers.subscriberOf(o), id);
        }
        for (ProviderListener l : listeners.targets()) {
            tellListener(listeners.subscriberOf(l), id);
        }
        firstState.countDown();
    }

    private void tellObserver(Subscriber s, int id) {
        int observerId = id == ProviderEvent.PROVIDER_IN_SERVICE ? ProvInServiceEv.ID
                : id == ProviderEvent.PROVIDER_OUT_OF_SERVICE ? ProvOutOfServiceEv.ID
                : id == ProviderEvent.PROVIDER_SHUTDOWN ? ProvShutdownEv.ID : ProvObservationEndedEv.ID;
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).provider(this).build();
        ProvEv[] evs = {(ProvEv) ObserverEvents.forId(observerId, data, this)};
        s.deliver(() -> ((ProviderObserver) s.target).providerChangedEvent(evs));
    }

    private void tellListener(Subscriber s, int id) {
        ProviderEventImpl event = new ProviderEventImpl(id, Ev.CAUSE_NORMAL, null, this);
        s.deliver(() -> ListenerDispatch.toProviderListener((ProviderListener) s.target, event));
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void addObserver(ProviderObserver observer) {
        requireNonNull(observer, "provider observer");
        command(Ev.META_UNKNOWN, () -> {
            if (observers.add(observer, subscribers) && state == Provider.IN_SERVICE) {
                // Applications written for other providers wait for this event even when they subscribe late.
                tellObserver(observers.subscriberOf(observer), ProviderEvent.PROVIDER_IN_SERVICE);
            }
            return null;
        });
    }

    @Override
    public ProviderObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void removeObserver(ProviderObserver observer) {
        if (observer == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            Subscriber s = observers.remove(observer);
            if (s != null) {
                tellObserver(s, ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED);
                subscribers.release(s);
            }
            return null;
        });
    }

    @Override
    public void addProviderListener(ProviderListener listener) {
        requireNonNull(listener, "provider listener");
        command(Ev.META_UNKNOWN, () -> {
            if (listeners.add(listener, subscribers) && state == Provider.IN_SERVICE) {
                tellListener(listeners.subscriberOf(listener), ProviderEvent.PROVIDER_IN_SERVICE);
            }
            return null;
        });
    }

    @Override
    public ProviderListener[] getProviderListeners() {
        return listeners.toArray();
    }

    @Override
    public void removeProviderListener(ProviderListener listener) {
        if (listener == null || shutDown.get()) {
            return;
        }
        command(Ev.META_UNKNOWN, () -> {
            Subscriber s = listeners.remove(listener);
            if (s != null) {
                tellListener(s, ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED);
                subscribers.release(s);
            }
            return null;
        });
    }

    /**
     * Drops every live call, tells every subscriber that its events have ended, and stops the
     * backend, the loop and the delivery threads. Idempotent.
     */
    @Override
    public void shutdown() {
        if (!shutDown.compareAndSet(false, true)) {
            return;
        }
        try {
            loop.call(() -> {
                pendingLegs.abandonAll();
                for (CallImpl call : new ArrayList<>(calls.values())) {
                    inBatch(Ev.META_CALL_ENDING, () -> {
                        call.endForShutdown();
                        return null;
                    });
                }
                state = Provider.SHUTDOWN;
                endEverySubscription();
                return null;
            });
        } finally {
            backend.stop();
            loop.stop();
            delivery.stop(TIMEOUT_MILLIS);
        }
    }

    private void endEverySubscription() {
        for (ProviderObserver o : observers.targets()) {
            Subscriber s = observers.remove(o);
            tellObserver(s, ProviderEvent.PROVIDER_SHUTDOWN);
            tellObserver(s, ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED);
        }
        for (ProviderListener l : listeners.targets()) {
            Subscriber s = listeners.remove(l);
            tellListener(s, ProviderEvent.PROVIDER_SHUTDOWN);
            tellListener(s, ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED);
        }
        for (AddressImpl a : addresses.values()) {
            endAll(a.observers, s -> addressEnded(a, s, false));
            endAll(a.listeners, s -> addressEnded(a, s, true));
            endAll(a.callObservers, s -> { });
            endAll(a.callListeners, s -> { });
        }
        for (TerminalImpl t : terminals.values()) {
            endAll(t.observers, s -> terminalEnded(t, s, false));
            endAll(t.listeners, s -> terminalEnded(t, s, true));
            endAll(t.callObservers, s -> { });
            endAll(t.callListeners, s -> { });
        }
    }

    private <T> void endAll(Registrations<T> registrations, java.util.function.Consumer<Subscriber> tell) {
        for (T target : registrations.targets()) {
            Subscriber s = registrations.remove(target);
            tell.accept(s);
            subscribers.release(s);
        }
    }

    /** Whether every thread the provider started has ended; for tests. */
    public boolean isStopped() {
        return loop.isStopped() && delivery.isStopped();
    }

    // ---- lookups --------------------------------------------------------------------------------

    @Override
    public Call createCall() throws InvalidStateException {
        requireInService();
        return newCall();
    }

    @Override
    public Call[] getCalls() {
        Call[] live = calls.values().toArray(new Call[0]);
        return live.length == 0 ? null : live;
    }

    @Override
    public Address getAddress(String number) throws InvalidArgumentException {
        AddressImpl a = number == null ? null : addresses.get(number);
        if (a == null) {
            throw Refusals.argument("address " + number + " is not in provider " + name);
        }
        return a;
    }

    @Override
    public Address[] getAddresses() {
        return addresses.isEmpty() ? null : addresses.values().toArray(new Address[0]);
    }

    @Override
    public Terminal getTerminal(String terminalName) throws InvalidArgumentException {
        TerminalImpl t = terminalName == null ? null : terminals.get(terminalName);
        if (t == null) {
            throw Refusals.argument("terminal " + terminalName + " is not in provider " + name);
        }
        return t;
    }

    @Override
    public Terminal[] getTerminals() {
        return terminals.isEmpty() ? null : terminals.values().toArray(new Terminal[0]);
    }

    // ---- capabilities ---------------------------------------------------------------------------

    @Override
    public ProviderCapabilities getCapabilities() {
        return Capabilities.provider(this);
    }

    @Override
    public ProviderCapabilities getProviderCapabilities() {
        return Capabilities.provider(this);
    }

    @Override
    public ProviderCapabilities getProviderCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        return Capabilities.provider(this);
    }

    @Override
    public CallCapabilities getCallCapabilities() {
        return Capabilities.staticCall(this);
    }

    @Override
    public CallCapabilities getCallCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        checkAddress(address, "address");
        return Capabilities.staticCall(this);
    }

    @Override
    public ConnectionCapabilities getConnectionCapabilities() {
        return Capabilities.staticConnection(this);
    }

    @Override
    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        checkAddress(address, "address");
        return Capabilities.staticConnection(this);
    }

    @Override
    public AddressCapabilities getAddressCapabilities() {
        return Capabilities.staticAddress(this);
    }

    @Override
    public AddressCapabilities getAddressCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        return Capabilities.staticAddress(this);
    }

    @Override
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities() {
        return Capabilities.staticTerminalConnection(this);
    }

    @Override
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        return Capabilities.staticTerminalConnection(this);
    }

    @Override
    public TerminalCapabilities getTerminalCapabilities() {
        return Capabilities.staticTerminal(this);
    }

    @Override
    public TerminalCapabilities getTerminalCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException {
        checkTerminal(terminal, "terminal");
        return Capabilities.staticTerminal(this);
    }

    @Override
    public String toString() {
        return "Provider[" + name + " " + stateName(state) + "]";
    }
}
