package org.dialtone.tck.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.dialtone.tck.run.Outcome;
import org.dialtone.tck.run.TckReport;
import org.dialtone.tck.run.TckResult;
import org.dialtone.tck.run.TckRunner;
import org.junit.jupiter.api.Test;

/**
 * Runs the kit against Dialtone's sip backend with a second sip provider as far end (see
 * {@link SipHarness}); the JUnit XML and the report are written under {@code target/tck/sip/}.
 */
class SipConformanceTest {

    @Test
    void sipProviderWithASecondProviderAsFarEndPassesTheKitsCallAreas() {
        TckResult result = run(SipHarness.withFarEnd(), "sip");

        assertThat(result.with(Outcome.FAILED)).withFailMessage(() -> "the sip provider failed "
                + result.count(Outcome.FAILED) + " kit test(s):\n" + result.with(Outcome.FAILED).stream()
                        .map(r -> "  " + r.testClass() + "." + r.test() + ": " + r.message())
                        .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.count(Outcome.PASSED)).as("kit tests passed").isPositive();
    }

    private static TckResult run(SipHarness harness, String name) {
        TckResult result = TckRunner.run(harness, TckRunner.Options.reportingTo(Path.of("target", "tck", name)));
        System.out.println(TckReport.text(result));
        return result;
    }
}
