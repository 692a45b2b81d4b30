package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.TermEv;
import org.dialtone.DialtonePeer;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads work on the same calls at once: they place, answer, disconnect and drop calls,
 * join and leave shared lines, accept and reject at a route point, add and remove observers and
 * listeners, let sim time pass and act as the people at the phones. JTAPI's own refusals are
 * expected; anything else, an inconsistent call at the end, a leak or a thread left behind fails.
 */
class ConcurrentOperationsTest {
    private static final int THREADS = 16;
    private static final int OPERATIONS_PER_THREAD = 2_000;
    private static final int SLOTS = 12;
    private static final long RUN_TIMEOUT_SECONDS = 60;
    private static final AtomicInteger SWITCH_NAMES = new AtomicInteger();

    /** Where a call can start: an address and a terminal that carries it. */
    private static final String[][] ORIGINS = {
        {"2001", "2001"}, {"2002", "2002"}, {"2003", "2003"}, {"2004", "2004"},
        {"2005", "2005"}, {"2006", "2005"}, {"2010", "2010a"}, {"2010", "2010b"},
    };
    private static final String[] OPERATIONS = {
        "place", "place", "answer", "answer", "disconnect", "drop", "join", "leave", "accept/reject",
        "subscribe", "subscribe", "unsubscribe", "phone", "time", "read", "read",
    };
    private static final String[] PHONES = {
        "2001", "2002", "2003", "2004", "2005", "2006", "2010",
    };
    private static final String[] DESTINATIONS = {
        "2001", "2002", "2003", "2004", "2005", "2006", "2010", "2010", "2020",
        "5550001", "5550002", "5550003", "5550004", "5550009", "12ab",
    };

    private final String switchName = "concurrent-ops-" + SWITCH_NAMES.incrementAndGet();
    private final ManualClock clock = new ManualClock();
    private final ReentrantLock timeLock = new ReentrantLock();
    private final SimSwitch sim = SimSwitch.create(switchName, plan(), clock);
    private final Set<Thread> threadsBefore = dialtoneThreads();
    private final Provider provider = new DialtonePeer().getProvider("sim;name=" + switchName);

    private final AtomicReferenceArray<Call> slots = new AtomicReferenceArray<>(SLOTS);
    private final Queue<Call> everyCall = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final CountDownLatch halfway = new CountDownLatch(THREADS * OPERATIONS_PER_THREAD / 2);
    private final AtomicLongArray done = new AtomicLongArray(OPERATIONS.length);
    private final AtomicLongArray refused = new AtomicLongArray(OPERATIONS.length);

    @AfterEach
    void shutDown() {
        provider.shutdown();
        sim.remove();
    }

    private static SwitchPlan plan() {
        SwitchPlan.Builder plan = SwitchPlan.builder();
        for (String a : new String[] {"2001", "2002", "2003", "2004", "2005", "2006", "2010"}) {
            plan.address(a);
        }
        plan.routePoint("2020");
        for (String t : new String[] {"2001", "2002", "2003", "2004"}) {
            plan.terminal(t, t);
        }
        plan.terminal("2005", "2005", "2006");
        plan.terminal("2010a", "2010").terminal("2010b", "2010");
        return plan.external("5550001", ExternalBehaviour.ANSWER)
                .external("5550002", ExternalBehaviour.BUSY)
                .external("5550003", ExternalBehaviour.REJECT)
                .external("5550004", ExternalBehaviour.answerAfter(Duration.ofSeconds(2)))
                .build();
    }

    @Test
    void sixteenThreadsOnTheSameCallsLeaveConsistentCallsAndNothingBehind() throws Exception {
        runWorkers(() -> { });
        printTally();
        assertThat(failures).as("unexpected failures").isEmpty();

        settle();
        Call[] live = provider.getCalls();
        for (Call call : everyCall) {
            assertConsistent(call);
        }
        if (live != null) {
            for (Call call : live) {
                assertThat(call.getState()).as("%s listed by the provider", call).isEqualTo(Call.ACTIVE);
                assertConsistent(call);
            }
        }
        for (Call call : everyCall) {
            if (call.getState() == Call.ACTIVE) {
                assertThat(live).as("live calls").contains(call);
            }
        }

        dropEverything();
        assertThat(((ProviderImpl) provider).holdings()).isEqualTo("calls=0 legs=0 subscribers=0");
        assertThat(provider.getCalls()).isNull();
        for (Call call : everyCall) {
            // A call whose connect was refused (a number that cannot be dialled) stays IDLE.
            assertThat(call.getState()).as("%s after every call was dropped", call).isIn(Call.INVALID, Call.IDLE);
        }

        provider.shutdown();
        assertThat(threadsEndWithin(Duration.ofSeconds(10))).as("dialtone threads left after shutdown")
                .isEmpty();
        assertThat(((ProviderImpl) provider).isStopped()).isTrue();
    }

    @Test
    void shutdownInTheMiddleOfTheWorkEndsEveryCallAndEveryThread() throws Exception {
        runWorkers(() -> {
            try {
                assertThat(halfway.await(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("half the work done").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            provider.shutdown();
        });
        printTally();
        assertThat(failures).as("unexpected failures").isEmpty();

        assertThat(provider.getState()).isEqualTo(Provider.SHUTDOWN);
        assertThat(provider.getCalls()).isNull();
        for (Call call : everyCall) {
            assertThat(call.getState()).as("%s after shutdown", call).isIn(Call.INVALID, Call.IDLE);
            assertThat(call.getConnections()).as("connections of %s after shutdown", call).isNull();
        }
        assertThat(threadsEndWithin(Duration.ofSeconds(10))).as("dialtone threads left after shutdown")
                .isEmpty();
        assertThat(((ProviderImpl) provider).isStopped()).isTrue();
    }

    /** Runs the workers, and {@code meanwhile} on this thread; fails with a thread dump if they hang. */
    private void runWorkers(Runnable meanwhile) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(THREADS);
        List<Thread> workers = new ArrayList<>();
        for (int n = 0; n < THREADS; n++) {
            Worker worker = new Worker(n);
            workers.add(new Thread(() -> {
                try {
                    worker.run();
                } finally {
                    finished.countDown();
                }
            }, "ops-" + n));
        }
        workers.forEach(Thread::start);
        meanwhile.run();
        boolean inTime = finished.await(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String dump = inTime ? "" : threadDump();
        workers.forEach(Thread::interrupt);
        assertThat(inTime).as("all workers finished within %d s; threads:%n%s", RUN_TIMEOUT_SECONDS, dump).isTrue();
    }

    private void printTally() {
        Map<String, long[]> byName = new LinkedHashMap<>();
        for (int i = 0; i < OPERATIONS.length; i++) {
            long[] counts = byName.computeIfAbsent(OPERATIONS[i], k -> new long[2]);
            counts[0] += done.get(i);
            counts[1] += refused.get(i);
        }
        StringBuilder out = new StringBuilder(everyCall.size() + " calls placed; operations done/refused:");
        byName.forEach((name, counts) -> out.append(' ').append(name).append(' ').append(counts[0]).append('/')
                .append(counts[1]));
        System.out.println(out);
    }

    /** Waits until the loop has applied every signal already sent. */
    private void settle() {
        ProviderImpl impl = (ProviderImpl) provider;
        impl.holdings();
        impl.holdings();
    }

    private void dropEverything() throws Exception {
        Call[] live = provider.getCalls();
        while (live != null) {
            for (Call call : live) {
                try {
                    ((CallControlCall) call).drop();
                } catch (InvalidStateException raced) {
                    // ended by a signal meanwhile
                }
            }
            settle();
            live = provider.getCalls();
        }
    }

    // ---- consistency --------------------------------------------------------------------------

    private static void assertConsistent(Call call) {
        Connection[] connections = call.getConnections();
        switch (call.getState()) {
            case Call.INVALID -> assertThat(connections).as("connections of INVALID %s", call).isNull();
            case Call.IDLE -> assertThat(connections).as("connections of IDLE %s", call).isNull();
            default -> {
                assertThat(connections).as("connections of ACTIVE %s", call).isNotEmpty();
                for (Connection c : connections) {
                    assertConsistent(call, (CallControlConnection) c);
                }
            }
        }
    }

    private static void assertConsistent(Call call, CallControlConnection c) {
        int state = c.getCallControlState();
        assertThat(c.getCall()).isSameAs(call);
        assertThat(c.getState()).as("core state of %s in %s", c, ccConnectionName(state))
                .isEqualTo(coreOf(state));
        assertThat(state).as("state of %s, listed by its call", c)
                .isNotIn(CallControlConnection.IDLE, CallControlConnection.DISCONNECTED);
        if (c.getAddress().getTerminals() != null && state != CallControlConnection.FAILED) {
            assertThat(c.getAddress().getConnections()).as("connections at %s", c.getAddress()).contains(c);
        }
        TerminalConnection[] tcs = c.getTerminalConnections();
        List<Integer> tcStates = new ArrayList<>();
        if (tcs != null) {
            for (TerminalConnection tc : tcs) {
                CallControlTerminalConnection cctc = (CallControlTerminalConnection) tc;
                int s = cctc.getCallControlState();
                tcStates.add(s);
                assertThat(tc.getConnection()).isSameAs(c);
                assertThat(tc.getState()).as("core state of %s in %s", tc, s).isEqualTo(coreOfTerminal(s));
                assertThat(tc.getTerminal().getTerminalConnections()).as("at %s", tc.getTerminal()).contains(tc);
                assertThat(c.getAddress().getTerminals()).contains(tc.getTerminal());
            }
        }
        String what = c + " " + ccConnectionName(state) + " with terminal connections " + tcStates;
        switch (state) {
            case CallControlConnection.ESTABLISHED, CallControlConnection.INITIATED, CallControlConnection.DIALING -> {
                if (c.getAddress().getTerminals() != null) {
                    assertThat(tcStates).as(what).containsAnyOf(CallControlTerminalConnection.TALKING,
                            CallControlTerminalConnection.HELD);
                    assertThat(tcStates).as(what).allMatch(s -> s == CallControlTerminalConnection.TALKING
                            || s == CallControlTerminalConnection.HELD || s == CallControlTerminalConnection.BRIDGED
                            || s == CallControlTerminalConnection.INUSE);
                }
            }
            case CallControlConnection.ALERTING ->
                assertThat(tcStates).as(what).allMatch(s -> s == CallControlTerminalConnection.RINGING);
            default -> assertThat(tcStates).as(what).isEmpty();
        }
    }

    private static int coreOf(int callControlState) {
        return switch (callControlState) {
            case CallControlConnection.IDLE -> Connection.IDLE;
            case CallControlConnection.OFFERED, CallControlConnection.QUEUED, CallControlConnection.NETWORK_REACHED ->
                Connection.INPROGRESS;
            case CallControlConnection.ALERTING, CallControlConnection.NETWORK_ALERTING -> Connection.ALERTING;
            case CallControlConnection.INITIATED, CallControlConnection.DIALING, CallControlConnection.ESTABLISHED ->
                Connection.CONNECTED;
            case CallControlConnection.FAILED -> Connection.FAILED;
            case CallControlConnection.DISCONNECTED -> Connection.DISCONNECTED;
            default -> Connection.UNKNOWN;
        };
    }

    private static int coreOfTerminal(int callControlState) {
        return switch (callControlState) {
            case CallControlTerminalConnection.IDLE -> TerminalConnection.IDLE;
            case CallControlTerminalConnection.RINGING -> TerminalConnection.RINGING;
            case CallControlTerminalConnection.TALKING, CallControlTerminalConnection.HELD -> TerminalConnection.ACTIVE;
            case CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.INUSE -> TerminalConnection.PASSIVE;
            case CallControlTerminalConnection.DROPPED -> TerminalConnection.DROPPED;
            default -> TerminalConnection.UNKNOWN;
        };
    }

    private static String ccConnectionName(int state) {
        return switch (state) {
            case CallControlConnection.IDLE -> "IDLE";
            case CallControlConnection.OFFERED -> "OFFERED";
            case CallControlConnection.QUEUED -> "QUEUED";
            case CallControlConnection.ALERTING -> "ALERTING";
            case CallControlConnection.INITIATED -> "INITIATED";
            case CallControlConnection.DIALING -> "DIALING";
            case CallControlConnection.NETWORK_REACHED -> "NETWORK_REACHED";
            case CallControlConnection.NETWORK_ALERTING -> "NETWORK_ALERTING";
            case CallControlConnection.ESTABLISHED -> "ESTABLISHED";
            case CallControlConnection.FAILED -> "FAILED";
            case CallControlConnection.DISCONNECTED -> "DISCONNECTED";
            default -> "UNKNOWN";
        };
    }

    // ---- threads --------------------------------------------------------------------------------

    private static Set<Thread> dialtoneThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("dialtone-"))
                .collect(Collectors.toSet());
    }

    /** The dialtone threads started during this test that are still alive after {@code limit}. */
    private List<String> threadsEndWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> alive = new ArrayList<>();
        for (Thread t : dialtoneThreads()) {
            if (threadsBefore.contains(t)) {
                continue;
            }
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                alive.add(t.getName());
            }
        }
        return alive;
    }

    private static String threadDump() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            out.append(t.getName()).append(' ').append(t.getState()).append('\n');
            for (StackTraceElement e : stack) {
                out.append("    at ").append(e).append('\n');
            }
        });
        return out.toString();
    }

    // ---- the operations -------------------------------------------------------------------------

    /** One thread's share of the work: random operations from a seeded random, so a run can be replayed. */
    private final class Worker {
        private final Random random;
        private final Tally tally = new Tally();
        private final List<Runnable> unsubscribers = new ArrayList<>();

        Worker(int n) {
            this.random = new Random(0x5eed_0000L + n);
        }

        void run() {
            int i = 0;
            try {
                for (; i < OPERATIONS_PER_THREAD && failures.isEmpty(); i++) {
                    int operation = random.nextInt(OPERATIONS.length);
                    try {
                        operate(operation);
                        done.incrementAndGet(operation);
                    } catch (InvalidStateException | InvalidPartyException | ResourceUnavailableException e) {
                        refused.incrementAndGet(operation);
                    } catch (ProviderUnavailableException | IllegalStateException e) {
                        if (!isShutDown(e)) {
                            throw e;
                        }
                        refused.incrementAndGet(operation);
                    }
                    halfway.countDown();
                }
                while (!unsubscribers.isEmpty()) {
                    unsubscribers.remove(unsubscribers.size() - 1).run();
                }
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                for (; i < OPERATIONS_PER_THREAD; i++) {
                    halfway.countDown(); // a worker that stopped early must not keep the other test waiting
                }
            }
        }

        /**
         * Whether {@code e} says that the provider is gone: JTAPI's provider-unavailable, or the
         * sim switch refusing to script a switch that no provider uses any more.
         */
        private boolean isShutDown(RuntimeException e) {
            if (e instanceof ProviderUnavailableException && String.valueOf(e.getMessage()).contains("shut down")) {
                return true; // refused while the shutdown is under way
            }
            if (provider.getState() != Provider.SHUTDOWN) {
                return false;
            }
            return e instanceof ProviderUnavailableException
                    || e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().equals(SimSwitch.class.getName());
        }

        private void operate(int operation) throws Exception {
            switch (operation) {
                case 0, 1 -> place();
                case 2, 3 -> answer();
                case 4 -> disconnect();
                case 5 -> drop();
                case 6 -> join();
                case 7 -> leave();
                case 8 -> acceptOrReject();
                case 9, 10 -> subscribe();
                case 11 -> unsubscribe();
                case 12 -> phone();
                case 13 -> passTime();
                default -> read();
            }
        }

        private void place() throws Exception {
            int slot = random.nextInt(SLOTS);
            Call current = slots.get(slot);
            if (current != null && current.getState() != Call.INVALID && random.nextInt(4) != 0) {
                return;
            }
            Call call = provider.createCall();
            if (!slots.compareAndSet(slot, current, call)) {
                return;
            }
            everyCall.add(call);
            String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
            Address address = provider.getAddress(origin[0]);
            Terminal terminal = provider.getTerminal(origin[1]);
            String destination = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
            if (random.nextInt(5) == 0) {
                CallControlConnection dialling = (CallControlConnection) ((CallControlCall) call)
                        .offHook(address, terminal);
                int split = 1 + random.nextInt(destination.length());
                dialling.addToAddress(destination.substring(0, split));
                String rest = destination.substring(split) + (random.nextBoolean() ? "#" : "");
                if (!rest.isEmpty()) {
                    dialling.addToAddress(rest);
                }
            } else {
                call.connect(terminal, address, destination);
            }
        }

        private void answer() throws Exception {
            TerminalConnection tc = anyTerminalConnection();
            if (tc != null) {
                tc.answer();
            }
        }

        private void disconnect() throws Exception {
            Connection c = anyConnection();
            if (c != null) {
                c.disconnect();
            }
        }

        private void drop() throws Exception {
            Call call = anyCall();
            if (call != null) {
                ((CallControlCall) call).drop();
            }
        }

        private void join() throws Exception {
            TerminalConnection tc = anyTerminalConnection();
            if (tc != null) {
                ((CallControlTerminalConnection) tc).join();
            }
        }

        private void leave() throws Exception {
            TerminalConnection tc = anyTerminalConnection();
            if (tc != null) {
                ((CallControlTerminalConnection) tc).leave();
            }
        }

        private void acceptOrReject() throws Exception {
            Connection c = anyConnection();
            if (c != null) {
                if (random.nextBoolean()) {
                    ((CallControlConnection) c).accept();
                } else {
                    ((CallControlConnection) c).reject();
                }
            }
        }

        /** Adds this thread's tally (or, now and then, a fresh one) somewhere; remembers how to take it away. */
        private void subscribe() throws Exception {
            if (unsubscribers.size() >= 6) {
                unsubscribe();
                return;
            }
            Tally who = random.nextInt(4) == 0 ? new Tally() : tally;
            Address address = provider.getAddress(PHONES[random.nextInt(PHONES.length)]);
            Terminal terminal = address.getTerminals()[0];
            switch (random.nextInt(7)) {
                case 0 -> {
                    Call call = anyCall();
                    if (call != null) {
                        call.addObserver(who);
                        unsubscribers.add(() -> call.removeObserver(who));
                    }
                }
                case 1 -> {
                    Call call = anyCall();
                    if (call != null) {
                        call.addCallListener(who);
                        unsubscribers.add(() -> call.removeCallListener(who));
                    }
                }
                case 2 -> {
                    address.addCallObserver(who);
                    unsubscribers.add(() -> address.removeCallObserver(who));
                }
                case 3 -> {
                    address.addCallListener(who);
                    unsubscribers.add(() -> address.removeCallListener(who));
                }
                case 4 -> {
                    terminal.addCallObserver(who);
                    unsubscribers.add(() -> terminal.removeCallObserver(who));
                }
                case 5 -> {
                    terminal.addCallListener(who);
                    unsubscribers.add(() -> terminal.removeCallListener(who));
                }
                default -> {
                    address.addObserver(who);
                    address.addAddressListener(who);
                    terminal.addObserver(who);
                    terminal.addTerminalListener(who);
                    unsubscribers.add(() -> {
                        address.removeObserver(who);
                        address.removeAddressListener(who);
                        terminal.removeObserver(who);
                        terminal.removeTerminalListener(who);
                    });
                }
            }
        }

        private void unsubscribe() {
            if (!unsubscribers.isEmpty()) {
                unsubscribers.remove(random.nextInt(unsubscribers.size())).run();
            }
        }

        /** The person at a phone answers, hangs up or dials. */
        private void phone() {
            String number = PHONES[random.nextInt(PHONES.length)];
            int what = random.nextInt(5);
            if (what < 2) {
                if ("2010".equals(number)) {
                    sim.party(number).answer(random.nextBoolean() ? "2010a" : "2010b");
                } else {
                    sim.party(number).answer();
                }
            } else if (what < 4) {
                if ("2010".equals(number)) {
                    sim.party(number).hangUp(random.nextBoolean() ? "2010a" : "2010b");
                } else {
                    sim.party(number).hangUp();
                }
            } else {
                sim.party(number).dial(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
            }
        }

        /** Time passes on the switch: delayed answers and no-answer timeouts fire. */
        private void passTime() {
            if (timeLock.tryLock()) {
                try {
                    clock.advance(Duration.ofSeconds(1 + random.nextInt(40)));
                } finally {
                    timeLock.unlock();
                }
            }
        }

        /** Reads what an application reads, with no effect. */
        private void read() throws Exception {
            Call call = anyCall();
            if (call == null) {
                return;
            }
            call.getObservers();
            call.getCallListeners();
            ((CallControlCall) call).getCallingAddress();
            Connection[] connections = call.getConnections();
            if (connections != null) {
                for (Connection c : connections) {
                    c.getCapabilities();
                    ((CallControlConnection) c).getCallControlState();
                    TerminalConnection[] tcs = c.getTerminalConnections();
                    if (tcs != null) {
                        for (TerminalConnection tc : tcs) {
                            ((CallControlTerminalConnection) tc).getCallControlState();
                            tc.getCapabilities();
                        }
                    }
                }
            }
        }

        private Call anyCall() throws ResourceUnavailableException {
            if (random.nextInt(8) == 0) {
                Call[] live = provider.getCalls();
                return live == null ? null : live[random.nextInt(live.length)];
            }
            return slots.get(random.nextInt(SLOTS));
        }

        private Connection anyConnection() throws ResourceUnavailableException {
            Call call = anyCall();
            Connection[] connections = call == null ? null : call.getConnections();
            return connections == null ? null : connections[random.nextInt(connections.length)];
        }

        private TerminalConnection anyTerminalConnection() throws ResourceUnavailableException {
            Connection c = anyConnection();
            TerminalConnection[] tcs = c == null ? null : c.getTerminalConnections();
            return tcs == null ? null : tcs[random.nextInt(tcs.length)];
        }
    }

    // ---- the subscriber -------------------------------------------------------------------------

    /**
     * Listens and observes everywhere it is added, calls back into the API from its callbacks, and
     * notes any event of a call that arrives after the call went INVALID (other than the end of
     * observation) or any failure of its own callbacks.
     */
    private final class Tally extends EveryCallEvent implements CallControlCallObserver, AddressObserver,
            AddressListener, TerminalObserver, TerminalListener {
        // One set per event model: the two models are told of the same change independently.
        private final Set<Call> invalidToObserver = Collections.newSetFromMap(new ConcurrentHashMap<>());
        private final Set<Call> invalidToListener = Collections.newSetFromMap(new ConcurrentHashMap<>());

        @Override
        public void callChangedEvent(CallEv[] events) {
            for (CallEv ev : events) {
                check(invalidToObserver, ev.getCall(), ev.getID() == CallObservationEndedEv.ID,
                        ev.getID() == CallInvalidEv.ID, "observer event " + ev.getID() + " (cause " + ev.getCause()
                        + ", meta " + ev.getMetaCode() + ", through " + ev.getObserved() + ")");
            }
        }

        @Override
        void heard(Event event) {
            if (event instanceof CallEvent e) {
                int id = e.getID();
                check(invalidToListener, e.getCall(),
                        id == CallEvent.CALL_EVENT_TRANSMISSION_ENDED || event instanceof MetaEvent,
                        id == CallEvent.CALL_INVALID, "listener event " + id);
            }
        }

        private void check(Set<Call> invalid, Call call, boolean ending, boolean invalidNow, String what) {
            try {
                if (!ending && invalid.contains(call)) {
                    failures.add(new AssertionError(what + " of " + call + " after it went INVALID"));
                }
                if (invalidNow) {
                    invalid.add(call);
                }
                // An application may call back into the API from a callback, even synchronously.
                Connection[] connections = call.getConnections();
                if (connections != null) {
                    connections[0].getState();
                }
                call.getObservers();
            } catch (ProviderUnavailableException gone) {
                if (provider.getState() != Provider.SHUTDOWN) {
                    failures.add(gone);
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        }

        @Override public void addressChangedEvent(AddrEv[] events) { }
        @Override public void terminalChangedEvent(TermEv[] events) { }
        @Override public void addressListenerEnded(AddressEvent event) { }
        @Override public void terminalListenerEnded(TerminalEvent event) { }
    }
}
