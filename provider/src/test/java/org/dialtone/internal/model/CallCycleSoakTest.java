package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.InvalidPartyException;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnEv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the life of a plain call many times over, as an application written against
 * {@code javax.telephony} would, and checks that the provider forgets every call and that the heap
 * does not grow. The loop body touches only JTAPI types; only the checks after it look inside.
 */
class CallCycleSoakTest {
    private static final int WARM_UP_CYCLES = 10_000;
    private static final int CYCLES = 100_000;
    private static final long MAX_HEAP_GROWTH = 16L << 20;
    private static final long EVENT_TIMEOUT_SECONDS = 5;

    // The milestones of one cycle, in the order the call reaches them.
    private static final int ALERTING = 1;
    private static final int CONNECTED = 2;
    private static final int INVALID = 3;

    private Provider provider;

    @AfterEach
    void shutDown() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void aHundredThousandCallsWithACallControlObserverLeaveNothingBehind() throws Exception {
        provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim");
        Address caller = provider.getAddress("1001");
        Progress progress = new Progress();
        ProgressObserver observer = new ProgressObserver(progress);
        caller.addCallObserver(observer);

        soak("an observer", progress);

        assertProviderHolds("calls=0 legs=0 subscribers=1");
        caller.removeCallObserver(observer);
        assertProviderHolds("calls=0 legs=0 subscribers=0");
    }

    @Test
    void aHundredThousandCallsWithACallControlListenerLeaveNothingBehind() throws Exception {
        provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim");
        Address caller = provider.getAddress("1001");
        Progress progress = new Progress();
        ProgressListener listener = new ProgressListener(progress);
        caller.addCallListener(listener);

        soak("a listener", progress);

        assertProviderHolds("calls=0 legs=0 subscribers=1");
        caller.removeCallListener(listener);
        assertProviderHolds("calls=0 legs=0 subscribers=0");
    }

    @Test
    void callsThatNeverStartDoNotHoldTheirObserversOrListeners() throws Exception {
        provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim");
        Address caller = provider.getAddress("1001");
        Terminal phone = provider.getTerminal("1001");
        for (int i = 0; i < 1_000; i++) {
            Call call = provider.createCall();
            call.addObserver(new ProgressObserver(new Progress()));
            call.addCallListener(new ProgressListener(new Progress()));
            assertThatThrownBy(() -> call.connect(phone, caller, "not a number"))
                    .isInstanceOf(InvalidPartyException.class);
        }

        assertProviderHolds("calls=0 legs=0 subscribers=0");
    }

    @Test
    void anObserverOfACallWhoseFirstConnectWasRefusedHearsTheRetryAndIsLetGo() throws Exception {
        provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim");
        Address caller = provider.getAddress("1001");
        Call call = provider.createCall();
        Progress progress = new Progress();
        progress.follow(call);
        call.addObserver(new ProgressObserver(progress));
        assertThatThrownBy(() -> call.connect(provider.getTerminal("1001"), caller, "not a number"))
                .isInstanceOf(InvalidPartyException.class);

        Connection[] parts = call.connect(provider.getTerminal("1001"), caller, "1002");
        progress.await(ALERTING);
        parts[1].getTerminalConnections()[0].answer();
        progress.await(CONNECTED);
        assertProviderHolds("calls=1 legs=2 subscribers=1");
        parts[0].disconnect();
        progress.await(INVALID);

        assertProviderHolds("calls=0 legs=0 subscribers=0");
    }

    private void soak(String subscriber, Progress progress) throws Exception {
        Address caller = provider.getAddress("1001");
        Terminal phone = provider.getTerminal("1001");
        for (int i = 0; i < WARM_UP_CYCLES; i++) {
            cycle(caller, phone, progress);
        }
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        for (int i = WARM_UP_CYCLES; i < CYCLES; i++) {
            cycle(caller, phone, progress);
        }
        long nanos = System.nanoTime() - start;
        long heapAfter = usedHeapAfterGc();

        System.out.printf("soak with %s: %,d cycles/s; used heap after GC %,d KiB after %,d cycles, "
                + "%,d KiB after %,d%n", subscriber, (CYCLES - WARM_UP_CYCLES) * 1_000_000_000L / nanos,
                heapBefore >> 10, WARM_UP_CYCLES, heapAfter >> 10, CYCLES);
        assertThat(provider.getCalls()).isNull();
        for (Address a : provider.getAddresses()) {
            assertThat(a.getConnections()).as("connections at %s", a.getName()).isNull();
        }
        for (Terminal t : provider.getTerminals()) {
            assertThat(t.getTerminalConnections()).as("terminal connections at %s", t.getName()).isNull();
        }
        assertThat(heapAfter - heapBefore).as("heap growth over %,d cycles", CYCLES - WARM_UP_CYCLES)
                .isLessThan(MAX_HEAP_GROWTH);
    }

    /** One call: 1001 calls 1002, 1002 answers, 1001 hangs up; each step waits for its event. */
    private void cycle(Address caller, Terminal phone, Progress progress) throws Exception {
        Call call = provider.createCall();
        progress.follow(call);
        Connection[] parts = call.connect(phone, caller, "1002");
        progress.await(ALERTING);
        TerminalConnection ringing = parts[1].getTerminalConnections()[0];
        ringing.answer();
        progress.await(CONNECTED);
        if (parts[0].getState() != Connection.CONNECTED || parts[1].getState() != Connection.CONNECTED) {
            throw new AssertionError("not both connected: " + parts[0].getState() + ", " + parts[1].getState());
        }
        parts[0].disconnect();
        progress.await(INVALID);
        if (call.getState() != Call.INVALID) {
            throw new AssertionError("the call is " + call.getState() + " after its invalid event");
        }
    }

    private void assertProviderHolds(String expected) {
        assertThat(((ProviderImpl) provider).holdings()).isEqualTo(expected);
    }

    /** Used heap after the collector has run; waits for a weak sentinel to be cleared, bounded. */
    private static long usedHeapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            ReferenceQueue<Object> cleared = new ReferenceQueue<>();
            WeakReference<Object> sentinel = new WeakReference<>(new Object(), cleared);
            System.gc();
            cleared.remove(500);
            Reference.reachabilityFence(sentinel);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** The milestone the current call has reached, told by a delivery thread, awaited by the test. */
    private static final class Progress {
        private Call call;
        private int reached;

        synchronized void follow(Call next) {
            call = next;
            reached = 0;
        }

        synchronized void reach(Call of, int milestone) {
            if (of == call && milestone > reached) {
                reached = milestone;
                notifyAll();
            }
        }

        synchronized void await(int milestone) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_TIMEOUT_SECONDS);
            while (reached < milestone) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("call " + call + " reached " + reached + ", not " + milestone
                            + ", within " + EVENT_TIMEOUT_SECONDS + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** A call-control observer that reports the milestones of the called party and the call. */
    private static final class ProgressObserver implements CallControlCallObserver {
        private final Progress progress;

        ProgressObserver(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void callChangedEvent(CallEv[] events) {
            for (CallEv ev : events) {
                switch (ev.getID()) {
                    case ConnAlertingEv.ID -> {
                        if (isCalled((ConnEv) ev)) {
                            progress.reach(ev.getCall(), ALERTING);
                        }
                    }
                    case ConnConnectedEv.ID -> {
                        if (isCalled((ConnEv) ev)) {
                            progress.reach(ev.getCall(), CONNECTED);
                        }
                    }
                    case CallInvalidEv.ID -> progress.reach(ev.getCall(), INVALID);
                    default -> { }
                }
            }
        }

        private static boolean isCalled(ConnEv ev) {
            return "1002".equals(ev.getConnection().getAddress().getName());
        }
    }

    /** A call-control connection and terminal connection listener that reports the same milestones. */
    private static final class ProgressListener extends EveryCallEvent {
        private final Progress progress;

        ProgressListener(Progress progress) {
            this.progress = progress;
        }

        @Override
        void heard(Event event) {
            switch (event.getID()) {
                case ConnectionEvent.CONNECTION_ALERTING -> called((ConnectionEvent) event, ALERTING);
                case ConnectionEvent.CONNECTION_CONNECTED -> called((ConnectionEvent) event, CONNECTED);
                case CallEvent.CALL_INVALID -> progress.reach(((CallEvent) event).getCall(), INVALID);
                default -> { }
            }
        }

        private void called(ConnectionEvent event, int milestone) {
            if ("1002".equals(event.getConnection().getAddress().getName())) {
                progress.reach(event.getCall(), milestone);
            }
        }
    }
}
