package org.dialtone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import org.dialtone.internal.model.ProviderImpl;

/**
 * What held calls cost: the heap per live two-party call with 10,000 and 100,000 calls up at once,
 * and the time to set them all up and to tear them all down.
 *
 * <p>A whole program rather than JMH: the figures are one-off totals of a large state, not the
 * rate of a repeated operation. The switch has one pair of lines per call. One application thread
 * connects every caller to its callee, then answers every call (each {@code connect} and
 * {@code answer} waits on the provider, as JTAPI says), then disconnects every caller. The heap
 * per call is the used heap after a full collection with all calls up, less the same before the
 * first call, divided by the number of calls: everything the provider (model and sim switch)
 * keeps for a call, and nothing the application keeps but one reference to each calling
 * connection in an array allocated up front. No subscriber is added, so none is counted.
 */
public final class HeldCalls {
    static final int[] COUNTS = {10_000, 100_000};

    private HeldCalls() {
    }

    /** Writes {@code held-calls.json} to the directory given (default {@code bench/results}). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results");
        Files.createDirectories(out);
        int[] counts = COUNTS;
        if (args.length > 1) {
            counts = java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        }
        measure(counts[0]); // let the JIT compile the set-up and tear-down paths
        List<Object> runs = new ArrayList<>();
        for (int count : counts) {
            Map<String, Object> run = measure(count);
            runs.add(run);
            System.out.println(summary(run));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("benchmark", "held-calls");
        file.put("what", "heap per live answered two-party call on sim, and the time to set up and tear down");
        file.put("machine", Machine.describe());
        file.put("runs", runs);
        Files.writeString(out.resolve("held-calls.json"), Json.write(file));
    }

    static String summary(Map<String, Object> run) {
        return String.format("held calls %,d: %,d bytes of heap per call; set up in %,.0f ms (%,.0f calls/s), "
                + "torn down in %,.0f ms (%,.0f calls/s); load %s", run.get("calls"), run.get("heapBytesPerCall"),
                run.get("setUpMillis"), run.get("setUpCallsPerSecond"), run.get("tearDownMillis"),
                run.get("tearDownCallsPerSecond"), run.get("loadAverage"));
    }

    /** Sets up {@code count} answered calls, weighs them, tears them down; returns the figures. */
    static Map<String, Object> measure(int count) throws Exception {
        String load = Machine.loadAverage();
        try (Lines lines = Lines.open(count)) {
            Provider provider = lines.provider();
            Address[] callers = new Address[count];
            Terminal[] phones = new Terminal[count];
            String[] callees = new String[count];
            for (int i = 0; i < count; i++) {
                callers[i] = provider.getAddress(Lines.caller(i));
                phones[i] = provider.getTerminal(Lines.caller(i));
                callees[i] = Lines.callee(i);
            }
            Connection[] calling = new Connection[count];
            Connection[] called = new Connection[count];
            long heapBefore = Machine.usedHeapAfterGc();

            long setUpStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Connection[] parts = provider.createCall().connect(phones[i], callers[i], callees[i]);
                calling[i] = parts[0];
                called[i] = parts[1];
            }
            for (int i = 0; i < count; i++) {
                Lines.ringing(called[i]).answer();
                called[i] = null; // the provider keeps it; the application no longer needs it
            }
            long setUpNanos = System.nanoTime() - setUpStart;
            String heldUp = ((ProviderImpl) provider).holdings();
            requireHolds(heldUp, "calls=" + count + " legs=" + 2 * count + " ");
            long heapHeld = Machine.usedHeapAfterGc();

            long tearDownStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Call call = calling[i].getCall();
                calling[i].disconnect();
                if (call.getState() != Call.INVALID) {
                    throw new IllegalStateException(call + " outlived its caller's disconnect");
                }
                calling[i] = null;
            }
            long tearDownNanos = System.nanoTime() - tearDownStart;
            String heldAfter = ((ProviderImpl) provider).holdings();
            requireHolds(heldAfter, "calls=0 legs=0 ");
            long heapAfter = Machine.usedHeapAfterGc();

            Map<String, Object> run = new LinkedHashMap<>();
            run.put("calls", count);
            run.put("heapBytesPerCall", (heapHeld - heapBefore) / count);
            run.put("heapBytesBefore", heapBefore);
            run.put("heapBytesHeld", heapHeld);
            run.put("heapBytesAfterTearDown", heapAfter);
            run.put("setUpMillis", setUpNanos / 1e6);
            run.put("setUpCallsPerSecond", count * 1e9 / setUpNanos);
            run.put("tearDownMillis", tearDownNanos / 1e6);
            run.put("tearDownCallsPerSecond", count * 1e9 / tearDownNanos);
            run.put("providerHeld", heldUp);
            run.put("loadAverage", load);
            return run;
        }
    }

    private static void requireHolds(String holdings, String expected) {
        if (!holdings.startsWith(expected)) {
            throw new IllegalStateException("the provider holds " + holdings + ", expected " + expected);
        }
    }
}
