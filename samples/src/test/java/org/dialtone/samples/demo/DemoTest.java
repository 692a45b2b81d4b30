package org.dialtone.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialtone.samples.Output;
import org.junit.jupiter.api.Test;

class DemoTest {
    @Test
    void tellsTheWholeStoryWithTheMonitorsEventsAndEndsWithASummaryOnOneScreen() {
        Output out = new Output();

        int status = Demo.run(out.stream());

        String text = out.text();
        assertThat(status).as("exit status; printed:\n%s", text).isZero();
        assertThat(out.lines()).containsSubsequence(
                "== 1. A call from 5550100 rings the attendant", "switch> 5550100 calls 1001", "attendant> wait ringing",
                "== 2. The attendant answers", "attendant> answer",
                "ok answer: call #1 (5550100 ESTABLISHED, 1001 TALKING)",
                "== 3. The attendant puts the caller on hold", "attendant> hold",
                "ok hold: call #1 (5550100 ESTABLISHED, 1001 HELD)",
                "== 4. The attendant takes the caller back", "attendant> unhold",
                "ok unhold: call #1 (5550100 ESTABLISHED, 1001 TALKING)",
                "== 5. The attendant consults 1002, who answers", "attendant> consult 1002", "attendant> wait answered",
                "== 6. The attendant transfers the caller to 1002", "attendant> transfer",
                "== 9. The attendant joins the three in a conference", "attendant> conference",
                "== 10. The attendant ends the conference", "attendant> drop",
                "== 11. 1002 hangs up on the transferred caller");
        assertThat(out.lines()).noneMatch(line -> line.startsWith("error "));
        assertThat(out.lines()).as("the monitor's lines").anyMatch(line -> line.contains("callctl HELD"))
                .anyMatch(line -> line.contains("TRANSFER STARTED")).anyMatch(line -> line.endsWith("[TRANSFER]"))
                .anyMatch(line -> line.matches(".*Connection 1003 +callctl ESTABLISHED.*"));

        List<String> summary = out.lines().subList(out.lines().indexOf(
                "================================ Summary ================================"), out.lines().size());
        assertThat(summary).hasSizeLessThanOrEqualTo(24).allMatch(line -> line.length() <= 100);
        assertThat(summary).filteredOn(line -> line.matches("\\s?\\d+\\. .*")).hasSize(11).allMatch(line -> line.endsWith(" ok"));
        assertThat(summary).contains("Calls left:        0");
        assertThat(summary.get(summary.size() - 1)).matches("Finished in \\d+\\.\\d s: every step worked");
    }
}
