package org.dialtone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark's code at a tiny size, so that a change to the provider or to the
 * benchmarks that breaks them shows in the build rather than in the next benchmark run. Checks
 * that they work and count right, never how fast anything is.
 */
class HarnessTest {

    @Test
    void callCyclesRunWithEachKindOfSubscriberAndLeaveNothingBehind() throws Exception {
        for (CallCycleBenchmark.Subscriber kind : CallCycleBenchmark.Subscriber.values()) {
            CallCycleBenchmark bench = new CallCycleBenchmark();
            bench.subscriber = kind;
            bench.start();
            try {
                CallCycleBenchmark.Line line = new CallCycleBenchmark.Line();
                line.take(bench, CallCycleBenchmark.MAX_THREADS - 1);
                for (int i = 0; i < 100; i++) {
                    assertThat(CallCycleBenchmark.cycle(line)).isEqualTo(javax.telephony.Call.INVALID);
                }
            } finally {
                bench.stop(); // throws if the provider still holds a call
            }
        }
    }

    @Test
    void heldCallsAreAllUpWhenWeighedAndAllGoneAfterTearDown() throws Exception {
        Map<String, Object> run = HeldCalls.measure(300);

        assertThat(run.get("providerHeld")).asString().startsWith("calls=300 legs=600 ");
        assertThat(run).containsKeys("heapBytesPerCall", "setUpMillis", "tearDownMillis");
    }

    @Test
    void eventLatencyHearsTheStartAndEndOfEveryOfferedCall() throws Exception {
        Map<String, Object> run = EventLatency.measure(1_000, 0.2);

        assertThat(run.get("calls")).isEqualTo(200);
        assertThat(run.get("allCallsEnded")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byAction = (Map<String, Map<String, Object>>) run.get("latencyMicrosByAction");
        // An answer may miss its ringing on a badly loaded machine; the dial and the hang-up cannot.
        assertThat(byAction.get("dial -> callActive").get("count")).isEqualTo(200);
        assertThat(byAction.get("hang up -> callInvalid").get("count")).isEqualTo(200);
        assertThat(run.get("providerHoldsAfterwards")).isEqualTo("calls=0 legs=0 subscribers=1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sipCallsGoBothWaysThroughSippAndEveryCallEndsWithNothingHeld() throws Exception {
        Assumptions.assumeTrue(SippRun.installed(), "sipp is not installed (apt-get install sip-tester)");
        // one step of each figure at a load any machine manages: 10 calls at 20 a second, one worker
        Map<String, Object> result = SipCalls.measure(new SipCalls.Plan(0.5, 1, 20, 20, 20, 20, 1, 0.3));

        Map<String, Object> baseline = firstStep(result, "baseline");
        assertThat(baseline).containsEntry("calls", 10).containsEntry("successful", 10L).containsEntry("failed", 0L);
        Map<String, Object> answering = firstStep(result, "answering");
        assertThat(answering).containsEntry("successful", 10L).containsEntry("dialtoneSawEnd", 10L)
                .containsEntry("providerHoldsAfterwards", "calls=0 legs=0; sip calls=0 legs=0 rtp=0");
        Map<String, Object> calling = firstStep(result, "calling");
        assertThat(calling).containsEntry("workers", 1).containsEntry("failed", 0L)
                .containsEntry("providerHoldsAfterwards", "calls=0 legs=0; sip calls=0 legs=0 rtp=0");
        assertThat((Long) calling.get("calls")).isPositive().isEqualTo(calling.get("sippReceivedBye"));
        assertThat(SipCalls.summary(result)).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstStep(Map<String, Object> result, String figure) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) result.get(figure))
                .get("steps");
        assertThat(steps).as(figure).isNotEmpty();
        return steps.get(0);
    }

    @Test
    void percentilesAreNearestRank() {
        Percentiles p = new Percentiles(new long[] {5, 1, 4, 2, 3, 10, 9, 8, 7, 6});

        assertThat(p.at(0.5)).isEqualTo(5);
        assertThat(p.at(0.99)).isEqualTo(10);
        assertThat(p.at(0.1)).isEqualTo(1);
        assertThat(p.max()).isEqualTo(10);
    }

    @Test
    void resultFilesAreJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\"\nline");
        m.put("count", 3);
        m.put("mean", 1.5);
        m.put("runs", List.of(Map.of("ok", true), List.of()));

        assertThat(Json.write(m)).isEqualTo("""
                {
                  "name": "a \\"quoted\\"\\nline",
                  "count": 3,
                  "mean": 1.500,
                  "runs": [
                    {
                      "ok": true
                    },
                    []
                  ]
                }
                """);
    }
}
