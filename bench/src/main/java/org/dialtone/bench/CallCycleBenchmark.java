package org.dialtone.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnEv;
import org.dialtone.internal.model.ProviderImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Whole call cycles on the sim switch, as an application runs them through JTAPI: create a call,
 * connect it, wait until the called party rings, answer there, disconnect the caller, and the call
 * is INVALID. Each benchmark thread has its own pair of lines, so four threads run four calls at
 * once on the one provider.
 *
 * <p>With no subscriber the thread learns that the called party rings by reading the connection's
 * terminal connections (the provider's signal from the switch is in flight when {@code connect}
 * returns). With one observer or one listener (the same object added to every caller's address,
 * so one delivery queue for all threads) it waits for the ringing event, and a cycle ends only
 * when the call's INVALID event has reached the subscriber: a cycle includes delivering all of its
 * events.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class CallCycleBenchmark {
    /** The most benchmark threads, each with a pair of lines. */
    static final int MAX_THREADS = 4;

    /** Who hears the calls' events. */
    public enum Subscriber {
        /** Nobody: the provider makes no events. */
        NONE,
        /** One call-control observer on every caller's address. */
        OBSERVER,
        /** One call-control listener on every caller's address. */
        LISTENER
    }

    @Param
    public Subscriber subscriber;

    private Lines lines;
    /** Each line's progress by the name of its called address; read-only once set up. */
    private final Map<String, Progress> byCallee = new HashMap<>();

    @Setup(Level.Trial)
    public void start() throws Exception {
        lines = Lines.open(MAX_THREADS);
        Provider provider = lines.provider();
        for (int i = 0; i < MAX_THREADS; i++) {
            byCallee.put(Lines.callee(i), new Progress());
        }
        Object heard = switch (subscriber) {
            case NONE -> null;
            case OBSERVER -> new ProgressObserver(byCallee);
            case LISTENER -> new ProgressListener(byCallee);
        };
        for (int i = 0; i < MAX_THREADS; i++) {
            Address caller = provider.getAddress(Lines.caller(i));
            if (heard instanceof ProgressObserver o) {
                caller.addCallObserver(o);
            } else if (heard instanceof ProgressListener l) {
                caller.addCallListener(l);
            }
        }
    }

    /** Checks that the provider forgot every call, then shuts it down. */
    @TearDown(Level.Trial)
    public void stop() {
        String held = ((ProviderImpl) lines.provider()).holdings();
        lines.close();
        if (!held.startsWith("calls=0 legs=0 ")) {
            throw new IllegalStateException("the provider still holds " + held + " after the benchmark");
        }
    }

    /** One benchmark thread's pair of lines. */
    @State(Scope.Thread)
    public static class Line {
        Provider provider;
        Address caller;
        Terminal phone;
        String callee;
        Progress progress;
        boolean waitForEvents;

        @Setup(Level.Trial)
        public void take(CallCycleBenchmark bench, ThreadParams thread) throws Exception {
            take(bench, thread.getThreadIndex());
        }

        /** Takes the lines of pair {@code pair} of {@code bench}'s switch. */
        void take(CallCycleBenchmark bench, int pair) throws Exception {
            provider = bench.lines.provider();
            caller = provider.getAddress(Lines.caller(pair));
            phone = provider.getTerminal(Lines.caller(pair));
            callee = Lines.callee(pair);
            progress = bench.byCallee.get(callee);
            waitForEvents = bench.subscriber != Subscriber.NONE;
        }
    }

    @Benchmark
    @Threads(1)
    public int oneThread(Line line) throws Exception {
        return cycle(line);
    }

    @Benchmark
    @Threads(MAX_THREADS)
    public int fourThreads(Line line) throws Exception {
        return cycle(line);
    }

    /** One call from the line's caller to its callee, from creation to INVALID; returns the final state. */
    static int cycle(Line line) throws Exception {
        Call call = line.provider.createCall();
        if (line.waitForEvents) {
            line.progress.follow(call);
        }
        Connection[] parts = call.connect(line.phone, line.caller, line.callee);
        if (line.waitForEvents) {
            line.progress.await(Progress.ALERTING);
        }
        Lines.ringing(parts[1]).answer();
        parts[0].disconnect();
        if (line.waitForEvents) {
            line.progress.await(Progress.INVALID);
        }
        int state = call.getState();
        if (state != Call.INVALID) {
            throw new IllegalStateException(call + " is in state " + state + " after its caller hung up");
        }
        return state;
    }

    /** Tells each line's progress that its called party rings and that its call ended. */
    static final class ProgressObserver implements CallControlCallObserver {
        private final Map<String, Progress> byCallee;

        ProgressObserver(Map<String, Progress> byCallee) {
            this.byCallee = byCallee;
        }

        @Override
        public void callChangedEvent(CallEv[] events) {
            for (CallEv ev : events) {
                if (ev.getID() == ConnAlertingEv.ID) {
                    Progress p = byCallee.get(((ConnEv) ev).getConnection().getAddress().getName());
                    if (p != null) {
                        p.reach(ev.getCall(), Progress.ALERTING);
                    }
                } else if (ev.getID() == CallInvalidEv.ID) {
                    progressOf(byCallee, ev.getCall()).reach(ev.getCall(), Progress.INVALID);
                }
            }
        }
    }

    /** The listener twin of {@link ProgressObserver}. */
    static final class ProgressListener extends SilentCallListener {
        private final Map<String, Progress> byCallee;

        ProgressListener(Map<String, Progress> byCallee) {
            this.byCallee = byCallee;
        }

        @Override
        public void connectionAlerting(ConnectionEvent event) {
            Progress p = byCallee.get(event.getConnection().getAddress().getName());
            if (p != null) {
                p.reach(event.getCall(), Progress.ALERTING);
            }
        }

        @Override
        public void callInvalid(CallEvent event) {
            progressOf(byCallee, event.getCall()).reach(event.getCall(), Progress.INVALID);
        }
    }

    private static Progress progressOf(Map<String, Progress> byCallee, Call call) {
        return byCallee.get(((CallControlCall) call).getCalledAddress().getName());
    }
}
