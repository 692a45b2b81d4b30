package org.dialtone.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntToLongFunction;
import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Provider;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.internal.model.ProviderImpl;
import org.dialtone.sim.Party;

/**
 * Event delivery latency under a fixed offered load: how long after the switch reports a change
 * a listener hears of it, while calls arrive at 1,000 and then 10,000 a second.
 *
 * <p>A whole program rather than JMH, because what is measured is the provider's pipeline under
 * a sustained open-loop load: the driver thread plays the users at the phones through the sim's
 * scripting API and never waits for the provider. Call {@code i} starts at {@code i / rate}
 * seconds: its caller dials, the called party answers 100 ms later and the caller hangs up 100 ms
 * after that, each on its own pair of lines (10,000 pairs, so a pair is used again only after a
 * second at the highest load, when 2,000 calls are up at a time). An answer that reaches the
 * provider before the ringing it answers finds nothing to answer and its event is counted
 * missing: that happens only when the driver, starved of CPU, sends a call's dial and answer
 * less than the provider's lag apart. Each of these three actions posts a signal to the provider's model
 * loop, which changes the state and hands the events to delivery; one call-control listener on
 * every caller's address notes when the resulting event arrives: {@code callActive} for the dial,
 * {@code connectionConnected} of the called party for the answer, {@code callInvalid} for the
 * hang-up. A latency is the time from just before the signal was sent to the start of that
 * callback: the hand-off to the loop, the state change, building the events and delivering them.
 *
 * <p>The driver sleeps between actions (it does not spin: on two cores a spinning driver would
 * take the provider's CPU), so actions leave in small bursts when the sleep overshoots; its lag
 * behind the schedule is reported, and the load is offered in full however the provider fares.
 */
public final class EventLatency {
    static final int PAIRS = 10_000;
    static final long ANSWER_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long HANG_UP_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    static final int[] LOADS = {1_000, 10_000};
    static final double SECONDS = 10;
    static final double WARM_UP_SECONDS = 3;

    private static final int DIAL = 0;
    private static final int ANSWER = 1;
    private static final int HANG_UP = 2;
    private static final String[] ACTIONS = {"dial -> callActive", "answer -> connectionConnected",
            "hang up -> callInvalid"};

    private EventLatency() {
    }

    /**
     * Writes {@code event-latency-<collector>.json} to the directory given (default
     * {@code bench/results}); a second argument sets the seconds per load.
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : SECONDS;
        Files.createDirectories(out);
        String collector = collector();
        measure(LOADS[LOADS.length - 1], Math.min(WARM_UP_SECONDS, seconds)); // let the JIT compile the hot path
        List<Object> runs = new ArrayList<>();
        for (int load : LOADS) {
            Map<String, Object> run = measure(load, seconds);
            runs.add(run);
            System.out.println(summary(collector, run));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("benchmark", "event-latency");
        file.put("what", "signal from the sim switch to the start of the listener callback, open-loop load");
        file.put("collector", collector);
        file.put("machine", Machine.describe());
        file.put("runs", runs);
        Files.writeString(out.resolve("event-latency-" + collector.toLowerCase() + ".json"), Json.write(file));
    }

    /** G1, ZGC, Parallel or Serial: the collector's pauses are what the worst latencies are made of. */
    static String collector() {
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = bean.getName();
            for (String known : new String[] {"G1", "ZGC", "Shenandoah", "PS", "Copy"}) {
                if (name.startsWith(known)) {
                    return switch (known) {
                        case "PS" -> "Parallel";
                        case "Copy" -> "Serial";
                        default -> known;
                    };
                }
            }
        }
        return "unknown";
    }

    static String summary(String collector, Map<String, Object> run) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) run.get("latencyMicros");
        return String.format("event latency (%s) at %,d calls/s offered: p50 %.0f us, p99 %.0f us, max %.0f us "
                + "(%,d events, %,d missing; sent at %,.0f calls/s; %.0f us CPU per call; load %s)", collector,
                run.get("offeredCallsPerSecond"), all.get("p50"), all.get("p99"), all.get("max"), all.get("count"),
                run.get("missingEvents"), run.get("achievedCallsPerSecond"), run.get("processCpuMicrosPerCall"),
                run.get("loadAverage"));
    }

    /** One run at {@code callsPerSecond} for {@code seconds}; returns its figures. */
    static Map<String, Object> measure(int callsPerSecond, double seconds) throws Exception {
        int calls = (int) Math.round(callsPerSecond * seconds);
        double interval = 1e9 / callsPerSecond;
        long[] scheduled = new long[calls * 3];
        long[] sent = new long[calls * 3];
        long[] heard = new long[calls * 3];
        String load = Machine.loadAverage();
        try (Lines lines = Lines.open(PAIRS)) {
            Provider provider = lines.provider();
            Party[] callers = new Party[PAIRS];
            Party[] callees = new Party[PAIRS];
            LatencyListener listener = new LatencyListener(provider, heard, calls);
            for (int p = 0; p < PAIRS; p++) {
                callers[p] = lines.simSwitch().party(Lines.caller(p));
                callees[p] = lines.simSwitch().party(Lines.callee(p));
                provider.getAddress(Lines.caller(p)).addCallListener(listener);
            }
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            int dials = 0;
            int answers = 0;
            int hangUps = 0;
            IntToLongFunction startOf = call -> start + (long) (call * interval);
            while (hangUps < calls) {
                long dialAt = dials < calls ? startOf.applyAsLong(dials) : Long.MAX_VALUE;
                long answerAt = answers < dials ? startOf.applyAsLong(answers) + ANSWER_AFTER_NANOS : Long.MAX_VALUE;
                long hangUpAt = hangUps < dials ? startOf.applyAsLong(hangUps) + HANG_UP_AFTER_NANOS : Long.MAX_VALUE;
                long at = Math.min(dialAt, Math.min(answerAt, hangUpAt));
                sleepUntil(at);
                if (at == dialAt) {
                    int i = dials++;
                    scheduled[i * 3 + DIAL] = at;
                    sent[i * 3 + DIAL] = System.nanoTime();
                    callers[i % PAIRS].dial(Lines.callee(i % PAIRS));
                } else if (at == answerAt) {
                    int i = answers++;
                    scheduled[i * 3 + ANSWER] = at;
                    sent[i * 3 + ANSWER] = System.nanoTime();
                    callees[i % PAIRS].answer();
                } else {
                    int i = hangUps++;
                    scheduled[i * 3 + HANG_UP] = at;
                    sent[i * 3 + HANG_UP] = System.nanoTime();
                    callers[i % PAIRS].hangUp();
                }
            }
            long lastSent = System.nanoTime();
            boolean finished = listener.ended.await(30, TimeUnit.SECONDS);
            long cpuNanos = processCpuNanos() - cpuBefore;
            String held = ((ProviderImpl) provider).holdings();
            Map<String, Object> run = figures(callsPerSecond, calls, scheduled, sent, heard, lastSent - start,
                    finished, held, load);
            // CPU of the whole process (driver, loop, delivery, and any spinning) per call offered
            run.put("processCpuMicrosPerCall", cpuNanos / 1e3 / calls);
            run.put("processCpuCoresBusy", cpuNanos / (double) (System.nanoTime() - start));
            return run;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static Map<String, Object> figures(int callsPerSecond, int calls, long[] scheduled, long[] sent,
            long[] heard, long sendingNanos, boolean finished, String held, String load) {
        long[] all = new long[heard.length];
        long[][] byAction = {new long[calls], new long[calls], new long[calls]};
        int[] countByAction = new int[3];
        int count = 0;
        long[] lag = new long[sent.length];
        for (int k = 0; k < heard.length; k++) {
            lag[k] = sent[k] - scheduled[k];
            if (heard[k] != 0) {
                long latency = heard[k] - sent[k];
                all[count++] = latency;
                byAction[k % 3][countByAction[k % 3]++] = latency;
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("offeredCallsPerSecond", callsPerSecond);
        run.put("calls", calls);
        run.put("achievedCallsPerSecond", calls * 1e9 / sendingNanos);
        run.put("allCallsEnded", finished);
        run.put("missingEvents", heard.length - count);
        run.put("providerHoldsAfterwards", held);
        run.put("loadAverage", load);
        run.put("latencyMicros", new Percentiles(java.util.Arrays.copyOf(all, count)).micros());
        Map<String, Object> perAction = new LinkedHashMap<>();
        for (int a = 0; a < 3; a++) {
            perAction.put(ACTIONS[a], new Percentiles(java.util.Arrays.copyOf(byAction[a], countByAction[a])).micros());
        }
        run.put("latencyMicrosByAction", perAction);
        run.put("driverLagMicros", new Percentiles(lag).micros());
        return run;
    }

    /**
     * Notes when each marked event reaches it. Callbacks of one listener run one at a time, in
     * order, so the bookkeeping needs no lock; the latch publishes it to the driver.
     */
    static final class LatencyListener extends SilentCallListener {
        private final Map<Address, Integer> callerPair = new IdentityHashMap<>();
        private final Map<Address, Integer> calleePair = new IdentityHashMap<>();
        /** Per pair: how many of its calls started, and the index of the one under way. */
        private final int[] started = new int[PAIRS];
        private final int[] current = new int[PAIRS];
        private final long[] heard;
        final CountDownLatch ended;

        LatencyListener(Provider provider, long[] heard, int calls) throws Exception {
            for (int p = 0; p < PAIRS; p++) {
                callerPair.put(provider.getAddress(Lines.caller(p)), p);
                calleePair.put(provider.getAddress(Lines.callee(p)), p);
            }
            this.heard = heard;
            this.ended = new CountDownLatch(calls);
        }

        @Override
        public void callActive(CallEvent event) {
            long now = System.nanoTime();
            int p = callerPair.get(((CallControlCall) event.getCall()).getCallingAddress());
            int i = p + PAIRS * started[p]++;
            current[p] = i;
            mark(i, DIAL, now);
        }

        @Override
        public void connectionConnected(ConnectionEvent event) {
            long now = System.nanoTime();
            Integer p = calleePair.get(event.getConnection().getAddress());
            if (p != null) {
                mark(current[p], ANSWER, now);
            }
        }

        @Override
        public void callInvalid(CallEvent event) {
            long now = System.nanoTime();
            int p = callerPair.get(((CallControlCall) event.getCall()).getCallingAddress());
            mark(current[p], HANG_UP, now);
            ended.countDown();
        }

        private void mark(int call, int action, long now) {
            int k = call * 3 + action;
            if (k < heard.length) {
                heard[k] = now;
            }
        }
    }
}
