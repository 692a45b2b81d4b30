package org.dialtone.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnectionEvent;
import org.dialtone.internal.backend.sip.SipBackend;
import org.dialtone.internal.model.ProviderImpl;

/**
 * Calls per second on the SIP backend, against SIPp on 127.0.0.1 over UDP, with no failed call:
 * <ol>
 *   <li><b>baseline</b>: SIPp's {@code uac} calling SIPp's {@code uas}, what the machine and SIPp
 *       manage without Dialtone;</li>
 *   <li><b>answering</b>: SIPp's {@code uac} calling a user of a Dialtone provider whose application
 *       answers every ringing call; SIPp hangs up with BYE right after its ACK;</li>
 *   <li><b>calling</b>: the application's workers each connect a call to SIPp's {@code uas} (the
 *       provider's outbound proxy), wait until the far end is connected, and disconnect, over and
 *       over.</li>
 * </ol>
 * The first two step the offered rate ({@link Ramp}), the third the number of workers; each step
 * is a few seconds of calls. A step is clean when SIPp saw no failed call, the calls offered at a
 * rate had all ended soon after the last was offered (else queues only absorbed the rate for a
 * while: the step fell "behind"), and (with Dialtone) the application saw every call answered or
 * connected and then end, and the provider holds no call afterwards. The application uses
 * javax.telephony only; the hold check alone reads what the provider's model and SIP backend hold.
 * Without {@code sipp} on the PATH it says so and measures nothing.
 */
public final class SipCalls {
    /** The user SIPp calls, and the number the workers dial (any user part reaches SIPp's uas). */
    static final String CALLED_USER = "bob";
    static final String FAR_NUMBER = "5550100";
    static final int MAX_WORKERS = 32;
    private static final long CONNECT_TIMEOUT_MS = 5_000;
    private static final long DRAIN_TIMEOUT_MS = 10_000;
    private static final double KEEP_UP_FACTOR = 1.1;
    private static final double KEEP_UP_SLACK_SECONDS = 0.1;
    private static final long UAS_SETTLE_MS = 1_000;
    private static final String NOTHING_HELD = "calls=0 legs=0; sip calls=0 legs=0 rtp=0";

    /**
     * How long each step runs, how long each search may start new steps, where the rate searches
     * start and stop, the most workers, and how long the JIT is given to compile a call's paths
     * (calls at a low load before the first step with Dialtone).
     */
    record Plan(double stepSeconds, long budgetSecondsEach, int baselineStart, int baselineMax, int dialtoneStart,
            int dialtoneMax, int maxWorkers, double warmUpSeconds) {
        Plan warmUp() {
            return new Plan(warmUpSeconds, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** The documented run: under a minute per figure. */
    static final Plan FULL = new Plan(2.0, 45, 1_000, 32_000, 100, 12_800, MAX_WORKERS, 2.0);

    private SipCalls() {
    }

    /** Writes {@code sip-calls.json} to the directory given (default {@code bench/results}). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results");
        Files.createDirectories(out);
        if (!SippRun.installed()) {
            System.out.println("sip calls: skipped, sipp is not on the PATH (apt-get install sip-tester)");
            return;
        }
        Map<String, Object> result = measure(FULL);
        for (String line : summary(result)) {
            System.out.println(line);
        }
        Files.writeString(out.resolve("sip-calls.json"), Json.write(result));
    }

    /** Runs the three searches with {@code plan}; the figures as written to {@code sip-calls.json}. */
    static Map<String, Object> measure(Plan plan) throws Exception {
        Path dir = Files.createTempDirectory("dialtone-bench-sip-");
        try {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("benchmark", "sip-calls");
            file.put("what", "calls/s with no failed call over UDP on 127.0.0.1: SIPp uac -> SIPp uas, "
                    + "SIPp uac -> Dialtone answering, Dialtone calling (closed-loop workers) -> SIPp uas");
            file.put("machine", Machine.describe());
            file.put("stepSeconds", plan.stepSeconds());
            Ramp baseline = baseline(plan, dir);
            file.put("baseline", figure(baseline, "callsPerSecond", null));
            Ramp answering = answering(plan, dir);
            file.put("answering", figure(answering, "callsPerSecond", baseline));
            Ramp calling = calling(plan, dir);
            file.put("calling", figure(calling, "achievedCallsPerSecond", baseline));
            return file;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Map<String, Object> figure(Ramp ramp, String rateKey, Ramp baseline) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object rate = ramp.bestFigures().getOrDefault(rateKey, 0);
        m.put("bestCallsPerSecond", rate);
        if (baseline != null && baseline.best() > 0) {
            m.put("ofBaseline", ((Number) rate).doubleValue() / baseline.best());
        }
        m.put("steps", ramp.steps());
        return m;
    }

    /** One line per figure, as the other benchmarks print. */
    @SuppressWarnings("unchecked")
    static List<String> summary(Map<String, Object> result) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> base = (Map<String, Object>) result.get("baseline");
        Map<String, Object> answer = (Map<String, Object>) result.get("answering");
        Map<String, Object> call = (Map<String, Object>) result.get("calling");
        lines.add(String.format("sip calls, SIPp uac -> SIPp uas: %,.0f calls/s with no failed call (steps: %s)",
                number(base.get("bestCallsPerSecond")), trail(base, "callsPerSecond")));
        lines.add(String.format("sip calls, SIPp uac -> Dialtone answering: %,.0f calls/s with no failed call, "
                + "%.0f%% of SIPp's (steps: %s)", number(answer.get("bestCallsPerSecond")),
                100 * number(answer.getOrDefault("ofBaseline", 0.0)), trail(answer, "callsPerSecond")));
        lines.add(String.format("sip calls, Dialtone calling -> SIPp uas: %,.0f calls/s with no failed call, "
                + "%.0f%% of SIPp's (steps, workers: %s)", number(call.get("bestCallsPerSecond")),
                100 * number(call.getOrDefault("ofBaseline", 0.0)), trail(call, "workers")));
        return lines;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static String trail(Map<String, Object> figure, String key) {
        StringBuilder s = new StringBuilder();
        for (Map<String, Object> step : (List<Map<String, Object>>) figure.get("steps")) {
            if (s.length() > 0) {
                s.append(", ");
            }
            Object v = step.get(key);
            s.append(v instanceof Double d ? String.format("%.0f", d) : v)
                    .append(Boolean.TRUE.equals(step.get("clean")) ? " ok"
                            : Boolean.FALSE.equals(step.get("keptUp")) && Long.valueOf(0).equals(step.get("failed"))
                            ? " behind" : " FAILED");
        }
        return s + "; load " + (s.length() > 0 ? lastLoad(figure) : "-");
    }

    @SuppressWarnings("unchecked")
    private static Object lastLoad(Map<String, Object> figure) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) figure.get("steps");
        return steps.get(steps.size() - 1).get("loadAverage");
    }

    // ---- 1. SIPp against SIPp

    private static Ramp baseline(Plan plan, Path dir) throws Exception {
        int uasPort = SippRun.freePort();
        try (SippRun uas = SippRun.server(uasPort, dir, (int) (plan.budgetSecondsEach() * 3 + 60))) {
            return Ramp.search(plan.baselineStart(), plan.baselineMax(), seconds(plan.budgetSecondsEach()),
                    rate -> sippCalls(plan, dir, uasPort, "service", rate, null));
        }
    }

    /**
     * SIPp's uac places {@code stepSeconds} of calls at {@code rate} to {@code user} at
     * {@code targetPort}; with {@code dialtone}, also checks that its application saw each end.
     */
    private static Ramp.Step sippCalls(Plan plan, Path dir, int targetPort, String user, int rate, Answerer dialtone)
            throws Exception {
        int calls = Math.max(1, (int) Math.round(rate * plan.stepSeconds()));
        String load = Machine.loadAverage();
        long endedBefore = dialtone == null ? 0 : dialtone.ended.get();
        long cpuBefore = processCpuNanos();
        long dropsBefore = Machine.udpReceiveBufferDrops();
        long start = System.nanoTime();
        int status;
        long successful;
        long failed;
        try (SippRun uac = SippRun.client(SippRun.freePort(), targetPort, user, rate, calls, dir,
                (int) plan.stepSeconds() + 30)) {
            status = uac.awaitExit((long) (plan.stepSeconds() * 1000) + 25_000);
            successful = uac.counter("Successful call");
            failed = uac.counter("Failed call");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // A step's calls are offered in stepSeconds; one that takes much longer to end them did not keep up
        // (queues absorbed the rate for a while), so that rate is not sustained.
        boolean keptUp = seconds <= plan.stepSeconds() * KEEP_UP_FACTOR + KEEP_UP_SLACK_SECONDS;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("callsPerSecond", rate);
        m.put("calls", calls);
        m.put("achievedCallsPerSecond", successful / seconds);
        m.put("keptUp", keptUp);
        m.put("successful", successful);
        m.put("failed", failed);
        m.put("sippExitStatus", status);
        m.put("udpReceiveBufferDrops", Machine.udpReceiveBufferDrops() - dropsBefore);
        m.put("seconds", seconds);
        m.put("loadAverage", load);
        boolean clean = status == 0 && failed == 0 && successful == calls && keptUp;
        if (dialtone != null) {
            String held = dialtone.drain();
            long ended = dialtone.ended.get() - endedBefore;
            m.put("dialtoneSawEnd", ended);
            m.put("dialtoneCpuMicrosPerCall", (processCpuNanos() - cpuBefore) / 1e3 / calls);
            m.put("dialtoneAnswerErrors", dialtone.answerErrors.get());
            m.put("providerHoldsAfterwards", held);
            clean &= ended == calls && dialtone.answerErrors.get() == 0 && held.equals(NOTHING_HELD);
        }
        return new Ramp.Step(clean, m);
    }

    // ---- 2. Dialtone answering

    private static Ramp answering(Plan plan, Path dir) throws Exception {
        Answerer[] dialtone = {new Answerer()};
        try {
            // let the JIT compile the paths of a call before the first measured step
            sippCalls(plan.warmUp(), dir, dialtone[0].port, CALLED_USER, 2 * plan.dialtoneStart(),
                    dialtone[0]);
            dialtone[0].answerErrors.set(0);
            return Ramp.search(plan.dialtoneStart(), plan.dialtoneMax(), seconds(plan.budgetSecondsEach()), rate -> {
                Ramp.Step step = sippCalls(plan, dir, dialtone[0].port, CALLED_USER, rate, dialtone[0]);
                if (!step.clean()) {
                    // calls SIPp gave up on stay connected (nothing would end them): start afresh
                    dialtone[0].close();
                    dialtone[0] = new Answerer();
                }
                return step;
            });
        } finally {
            dialtone[0].close();
        }
    }

    /** A provider whose one user {@code bob} answers every call that rings, in the listener's callback. */
    static final class Answerer implements AutoCloseable {
        final int port = SippRun.freePort();
        final Provider provider;
        final AtomicLong ended = new AtomicLong();
        final AtomicLong answerErrors = new AtomicLong();

        Answerer() throws Exception {
            provider = sipProvider("sip;host=" + SippRun.HOST + ";port=" + port + ";users=" + CALLED_USER);
            provider.getAddress(CALLED_USER).addCallListener(new SilentCallListener() {
                @Override
                public void terminalConnectionRinging(TerminalConnectionEvent event) {
                    try {
                        event.getTerminalConnection().answer();
                    } catch (Exception e) {
                        answerErrors.incrementAndGet();
                    }
                }

                @Override
                public void callInvalid(CallEvent event) {
                    ended.incrementAndGet();
                }
            });
        }

        /** Waits until the provider holds no call; what it holds then. */
        String drain() throws InterruptedException {
            return awaitNothingHeld(provider);
        }

        @Override
        public void close() {
            provider.shutdown();
        }
    }

    // ---- 3. Dialtone calling

    private static Ramp calling(Plan plan, Path dir) throws Exception {
        int uasPort = SippRun.freePort();
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < plan.maxWorkers(); i++) {
            users.append(i == 0 ? "" : ",").append("w").append(i);
        }
        Provider provider = sipProvider("sip;host=" + SippRun.HOST + ";port=" + SippRun.freePort() + ";proxy="
                + SippRun.HOST + ":" + uasPort + ";users=" + users);
        try {
            Caller caller = new Caller(provider, plan.maxWorkers());
            callingStep(plan.warmUp(), dir, uasPort, caller, Math.min(8, plan.maxWorkers()));
            return Ramp.search(1, plan.maxWorkers(), seconds(plan.budgetSecondsEach()),
                    workers -> callingStep(plan, dir, uasPort, caller, workers));
        } finally {
            provider.shutdown();
        }
    }

    /** {@code workers} threads call SIPp's uas for {@code stepSeconds}, each one call at a time. */
    private static Ramp.Step callingStep(Plan plan, Path dir, int uasPort, Caller caller, int workers)
            throws Exception {
        String load = Machine.loadAverage();
        long[] completed = new long[workers];
        long[] failed = new long[workers];
        List<String> errors = new ArrayList<>();
        long start;
        long end;
        String held;
        long byes;
        long sippFailed;
        long cpuNanos;
        long cpuBefore;
        long dropsBefore;
        try (SippRun uas = SippRun.server(uasPort, dir, (int) plan.stepSeconds() + 40)) {
            cpuBefore = processCpuNanos();
            dropsBefore = Machine.udpReceiveBufferDrops();
            start = System.nanoTime();
            long stop = start + (long) (plan.stepSeconds() * 1e9);
            Thread[] threads = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                int worker = w;
                threads[w] = new Thread(() -> {
                    while (System.nanoTime() < stop) {
                        String error = caller.cycle(worker);
                        if (error == null) {
                            completed[worker]++;
                        } else {
                            failed[worker]++;
                            synchronized (errors) {
                                if (errors.size() < 5) {
                                    errors.add(error);
                                }
                            }
                        }
                    }
                }, "sip-caller-" + w);
                threads[w].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            end = System.nanoTime();
            held = awaitNothingHeld(caller.provider);
            cpuNanos = processCpuNanos() - cpuBefore;
            // The provider forgets a call once its BYE is sent; SIPp may still be reading the last ones.
            Thread.sleep(UAS_SETTLE_MS);
            uas.close();
            byes = uas.messages("BYE");
            sippFailed = uas.counter("Failed call");
        }
        long calls = 0;
        long failures = 0;
        for (int w = 0; w < workers; w++) {
            calls += completed[w];
            failures += failed[w];
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workers", workers);
        m.put("calls", calls);
        m.put("failed", failures);
        m.put("achievedCallsPerSecond", calls * 1e9 / (end - start));
        m.put("dialtoneCpuMicrosPerCall", calls == 0 ? 0.0 : cpuNanos / 1e3 / calls);
        m.put("sippReceivedBye", byes);
        m.put("udpReceiveBufferDrops", Machine.udpReceiveBufferDrops() - dropsBefore);
        m.put("sippFailed", sippFailed);
        m.put("providerHoldsAfterwards", held);
        m.put("errors", errors);
        m.put("loadAverage", load);
        boolean clean = failures == 0 && calls > 0 && byes == calls && sippFailed <= 0
                && held.equals(NOTHING_HELD);
        return new Ramp.Step(clean, m);
    }

    /** The calling application: one user per worker; knows when each call's far end is connected. */
    static final class Caller {
        final Provider provider;
        private final Address[] addresses;
        private final Terminal[] terminals;
        private final Map<Call, CountDownLatch> connected = new ConcurrentHashMap<>();

        Caller(Provider provider, int workers) throws Exception {
            this.provider = provider;
            addresses = new Address[workers];
            terminals = new Terminal[workers];
            SilentCallListener listener = new SilentCallListener() {
                @Override
                public void connectionConnected(ConnectionEvent event) {
                    CountDownLatch latch = connected.get(event.getCall());
                    if (latch != null && event.getConnection().getAddress().getName().equals(FAR_NUMBER)) {
                        latch.countDown();
                    }
                }

                @Override
                public void callInvalid(CallEvent event) {
                    CountDownLatch latch = connected.get(event.getCall());
                    if (latch != null) {
                        latch.countDown(); // a call that ends before it connects fails at once
                    }
                }
            };
            for (int i = 0; i < workers; i++) {
                addresses[i] = provider.getAddress("w" + i);
                terminals[i] = provider.getTerminal("w" + i);
                addresses[i].addCallListener(listener);
            }
        }

        /** One call by worker {@code w}: connect, wait for the far end, disconnect; null, or what went wrong. */
        String cycle(int w) {
            Call call = null;
            try {
                call = provider.createCall();
                CountDownLatch farConnected = new CountDownLatch(1);
                connected.put(call, farConnected); // before connect: its events may come before it returns
                Connection[] parts = call.connect(terminals[w], addresses[w], FAR_NUMBER);
                if (!farConnected.await(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    return "not connected within " + CONNECT_TIMEOUT_MS + " ms";
                }
                if (parts[1].getState() != Connection.CONNECTED) {
                    return "far end " + stateName(parts[1].getState());
                }
                parts[0].disconnect();
                return call.getState() == Call.INVALID ? null : "call outlived its caller's disconnect";
            } catch (Exception e) {
                return e.toString();
            } finally {
                if (call != null) {
                    connected.remove(call);
                }
            }
        }
    }

    private static String stateName(int state) {
        return switch (state) {
            case Connection.FAILED -> "FAILED";
            case Connection.DISCONNECTED -> "DISCONNECTED";
            case Connection.ALERTING -> "ALERTING";
            case Connection.INPROGRESS -> "INPROGRESS";
            default -> "state " + state;
        };
    }

    // ---- shared

    private static Provider sipProvider(String providerString) throws Exception {
        Provider provider = JtapiPeerFactory.getJtapiPeer(null).getProvider(providerString);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (provider.getState() != Provider.IN_SERVICE) {
            if (System.nanoTime() > deadline) {
                provider.shutdown();
                throw new IllegalStateException("sip provider not in service within 5 s: " + providerString);
            }
            Thread.sleep(10);
        }
        return provider;
    }

    /**
     * Waits (bounded) until neither the provider's model nor its SIP backend holds a call; returns
     * what they hold then, as {@code model calls=.. legs=.. ...; sip calls=.. legs=.. rtp=..}.
     */
    private static String awaitNothingHeld(Provider provider) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_TIMEOUT_MS);
        String held;
        while (!(held = holdings(provider)).equals(NOTHING_HELD)) {
            if (System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(20);
        }
        return held;
    }

    private static String holdings(Provider provider) {
        ProviderImpl p = (ProviderImpl) provider;
        String model = p.holdings();
        String sip = p.backend() instanceof SipBackend b ? b.holdings() : "?";
        return (model.startsWith("calls=0 legs=0 ") ? "calls=0 legs=0" : model) + "; sip " + sip;
    }

    /** CPU time this JVM (the provider and its application; SIPp runs apart) has used. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long seconds(long s) {
        return TimeUnit.SECONDS.toNanos(s);
    }
}
