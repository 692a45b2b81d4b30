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
 * Runs the kit against Dialtone's sip backend (see {@link SipHarness}); the JUnit XML and the
 * report are written under {@code target/tck/sip/}.
 */
class SipConformanceTest {

    @Test
    void sipProviderPassesTheKitsCallAreas() {
        TckResult result = TckRunner.run(new SipHarness(), TckRunner.Options.reportingTo(Path.of("target", "tck", "sip")));
        System.out.println(TckReport.text(result));

        assertThat(result.with(Outcome.FAILED)).withFailMessage(() -> "the sip provider failed "
                + result.count(Outcome.FAILED) + " kit test(s):\n" + result.with(Outcome.FAILED).stream()
                        .map(r -> "  " + r.testClass() + "." + r.test() + ": " + r.message())
                        .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.count(Outcome.PASSED)).as("kit tests passed").isPositive();
    }
}
