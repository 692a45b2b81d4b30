package org.dialtone.tck.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dialtone.tck.run.Outcome;
import org.dialtone.tck.run.TckReport;
import org.dialtone.tck.run.TckResult;
import org.dialtone.tck.run.TckRunner;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole kit against Dialtone's sim switch, as {@code mvn verify} does: once with
 * everything the kit can use, once as plain {@code sim} with JTAPI calls only. Each run writes JUnit
 * XML and the report under {@code target/tck/}.
 */
class SimConformanceTest {

    @Test
    void simWithFarEndDriverPassesTheKit() {
        TckResult result = run(SimHarness.full(), "sim-full");

        assertGreen(result);
        assertThat(result.count(Outcome.SKIPPED)).as("tests skipped although the harness has everything")
                .isZero();
    }

    @Test
    void plainSimWithoutDriverPassesTheKit() {
        TckResult result = run(SimHarness.plain(), "sim-plain");

        assertGreen(result);
    }

    private static TckResult run(SimHarness harness, String name) {
        TckResult result = TckRunner.run(harness, TckRunner.Options.reportingTo(Path.of("target", "tck", name)));
        System.out.println(TckReport.text(result));
        return result;
    }

    private static void assertGreen(TckResult result) {
        assertThat(result.with(Outcome.FAILED)).withFailMessage(() -> "the provider failed "
                + result.count(Outcome.FAILED) + " kit test(s) against " + result.subject() + ":\n"
                + result.with(Outcome.FAILED).stream().map(r -> "  " + r.testClass() + "." + r.test() + ": "
                        + r.message()).collect(java.util.stream.Collectors.joining("\n"))).isEmpty();
        assertThat(result.count(Outcome.PASSED)).as("kit tests passed").isPositive();
    }
}
