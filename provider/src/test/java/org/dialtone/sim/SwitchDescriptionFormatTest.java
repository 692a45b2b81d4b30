package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SwitchDescriptionFormatTest {

    private static final String FULL_EXAMPLE = """
            # lab.plan: a small sales office

            # Lines (JTAPI addresses)
            address 2001
            address 2002
            address 2003 2004            # several addresses on one line is fine

            # Phones (JTAPI terminals) and the lines they carry
            terminal 2001 on 2001
            terminal 2002 on 2002
            terminal desk-2003 on 2003 2004     # one phone with two lines
            terminal soft-2003 on 2003          # 2003 rings on both of its phones: a shared line
            terminal 2004 on 2004

            # Addresses with a special role
            park-orbit 7001 7002
            park-recall 90s                     # an unclaimed parked call rings its parker again
            hunt-group 3000 members 2001 2002 2003 policy circular
            route-point 4000

            # Who may pick up whose calls
            pickup-group sales 2001 2002

            # Parties beyond the switch
            external 5550100 answer after 2000ms
            external 5550101 answer
            external 5550199 busy
            external 5550150 reject
            external 5550000 unknown
            external-default no-answer
            """;

    @TempDir
    Path dir;

    /** The plan FULL_EXAMPLE describes, built in code. */
    private static SwitchPlan fullExamplePlan() {
        return SwitchPlan.builder()
                .address("2001").address("2002").address("2003").address("2004")
                .terminal("2001", "2001")
                .terminal("2002", "2002")
                .terminal("desk-2003", "2003", "2004")
                .terminal("soft-2003", "2003")
                .terminal("2004", "2004")
                .parkOrbit("7001").parkOrbit("7002")
                .parkRecall(Duration.ofSeconds(90))
                .huntGroup("3000", HuntPolicy.CIRCULAR, "2001", "2002", "2003")
                .routePoint("4000")
                .pickupGroup("sales", "2001", "2002")
                .external("5550100", ExternalBehaviour.answerAfter(Duration.ofMillis(2000)))
                .external("5550101", ExternalBehaviour.ANSWER)
                .external("5550199", ExternalBehaviour.BUSY)
                .external("5550150", ExternalBehaviour.REJECT)
                .external("5550000", ExternalBehaviour.UNKNOWN)
                .defaultExternal(ExternalBehaviour.NO_ANSWER)
                .build();
    }

    @Test
    void fullExampleLoadsIntoTheExpectedPlan() throws IOException {
        SwitchPlan plan = SwitchPlan.load(write("lab.plan", FULL_EXAMPLE));

        assertThat(plan).isEqualTo(fullExamplePlan());
        assertThat(plan.addresses()).containsExactly("2001", "2002", "2003", "2004", "7001", "7002", "3000", "4000");
        assertThat(plan.terminalsOf("2003")).containsExactly("desk-2003", "soft-2003");
    }

    @Test
    void exampleInTheUserDocumentationLoadsIntoTheSamePlan() throws IOException {
        // Surefire runs in the module directory; the user documentation sits beside the modules.
        String doc = Files.readString(Path.of("..", "docs", "switch-description.md"));
        int start = doc.indexOf("```\n", doc.indexOf("## A complete example")) + 4;
        String example = doc.substring(start, doc.indexOf("```", start));

        assertThat(SwitchPlan.load(write("doc.plan", example))).isEqualTo(fullExamplePlan());
    }

    @Test
    void descriptionOfAPlanLoadsBackIntoAnEqualPlan() throws IOException {
        for (SwitchPlan plan : new SwitchPlan[] {fullExamplePlan(), SwitchPlan.defaultPlan(), SwitchPlanTest.office(),
                SwitchPlan.builder().defaultExternal(ExternalBehaviour.UNKNOWN).build()}) {
            assertThat(SwitchPlan.load(write("again.plan", plan.toDescription()))).isEqualTo(plan);
        }
    }

    @Test
    void descriptionListsAddressesInOrderThenTerminalsGroupsAndNumbers() {
        SwitchPlan plan = SwitchPlan.builder()
                .address("2001").parkOrbit("7001").address("2002")
                .huntGroup("3000", HuntPolicy.RING_ALL, "2002", "2001")
                .routePoint("4000")
                .terminal("desk", "2002", "2001")
                .pickupGroup("sales", "2001")
                .external("5550100", ExternalBehaviour.answerAfter(Duration.ofSeconds(3)))
                .defaultExternal(ExternalBehaviour.BUSY)
                .parkRecall(Duration.ofSeconds(45))
                .build();

        assertThat(plan.toDescription()).isEqualTo("""
                address 2001
                park-orbit 7001
                address 2002
                hunt-group 3000 members 2002 2001 policy ring-all
                route-point 4000
                terminal desk on 2002 2001
                pickup-group sales 2001
                external 5550100 answer after 3000ms
                external-default busy
                park-recall 45000ms
                """);
    }

    @Test
    void blankLinesCommentsTabsAndAByteOrderMarkAreIgnored() throws IOException {
        SwitchPlan plan = SwitchPlan.load(write("spaced.plan",
                "\uFEFFaddress\t2001   # first\n\n   # only a comment\n\tterminal  2001\ton 2001#no space before\n"));

        assertThat(plan).isEqualTo(SwitchPlan.builder().address("2001").terminal("2001", "2001").build());
    }

    @Test
    void emptyFileDescribesAnEmptySwitch() throws IOException {
        assertThat(SwitchPlan.load(write("empty.plan", ""))).isEqualTo(SwitchPlan.builder().build());
    }

    @Test
    void parkRecallSetsHowLongAParkedCallWaitsAndDefaultsToAMinute() throws IOException {
        assertThat(SwitchPlan.load(write("recall.plan", "park-orbit 7001\npark-recall 2500ms\n")).parkRecall())
                .isEqualTo(Duration.ofMillis(2500));
        assertThat(SwitchPlan.load(write("plain.plan", "park-orbit 7001\n")).parkRecall())
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void delayInSecondsIsConvertedToMilliseconds() throws IOException {
        SwitchPlan plan = SwitchPlan.load(write("delay.plan", "external 5550100 answer after 2s\n"));

        assertThat(plan.externalBehaviour("5550100").answerDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void memberNamedPolicyDoesNotConfuseTheHuntGroupStatement() throws IOException {
        SwitchPlan plan = SwitchPlan.load(write("odd.plan",
                "address policy members\nhunt-group 3000 members policy members policy linear\n"));

        assertThat(plan.huntGroups().get(0).members()).containsExactly("policy", "members");
        assertThat(plan.huntGroups().get(0).policy()).isEqualTo(HuntPolicy.LINEAR);
    }

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("adress 2001", 1,
                        "unknown statement 'adress'; expected one of address, terminal, external, external-default,"
                                + " pickup-group, park-orbit, park-recall, hunt-group, route-point, dialling-location"),
                Arguments.of("# lines\naddress", 2, "expected 'address <name>...'"),
                Arguments.of("address 2001\naddress 2002 2001", 2, "address '2001' is already declared as a plain address"),
                Arguments.of("address 2001\nterminal desk 2001", 2, "expected 'terminal <name> on <address>...'"),
                Arguments.of("address 2001\nterminal desk on", 2, "expected 'terminal <name> on <address>...'"),
                Arguments.of("address 2001\n\n# phones\nterminal desk on 2001 2009", 4,
                        "terminal 'desk' names unknown address '2009'"),
                Arguments.of("park-orbit 7001\nterminal desk on 7001", 2,
                        "terminal 'desk' names '7001', which is a park orbit; only plain addresses can be named here"),
                Arguments.of("external", 1, "expected 'external <number> <behaviour>'"),
                Arguments.of("external 5550100", 1,
                        "the behaviour is missing; expected answer, answer after <delay>, busy, no-answer, reject"
                                + " or unknown"),
                Arguments.of("external 5550100 bsy", 1,
                        "unknown behaviour 'bsy'; expected answer, answer after <delay>, busy, no-answer, reject"
                                + " or unknown"),
                Arguments.of("external 5550100 answer after 2000", 1,
                        "delay '2000' needs a unit; write e.g. 2000ms or 2s"),
                Arguments.of("external 5550100 answer after soon", 1,
                        "delay 'soon' is not a delay; write e.g. 2000ms or 2s"),
                Arguments.of("external 5550100 answer after 9999999999999s", 1,
                        "delay '9999999999999s' is longer than a year"),
                Arguments.of("external 5550100 answer after 400000000s", 1,
                        "answer delay PT111111H6M40S is longer than a year"),
                Arguments.of("external 5550100 answer in 2s", 1,
                        "expected 'answer' or 'answer after <delay>', e.g. 'answer after 2000ms'"),
                Arguments.of("external 5550100 busy now", 1, "unexpected 'now' after behaviour 'busy'"),
                Arguments.of("external 555-0100 busy", 1, "external number '555-0100' must consist of digits only"),
                Arguments.of("address 2001\nexternal 2001 busy", 2, "external number '2001' is a local address"),
                Arguments.of("external 5550100 busy\naddress 5550100", 2,
                        "address '5550100' is already declared as an external number"),
                Arguments.of("external-default busy\nexternal-default reject", 2,
                        "the default external behaviour is already set (to busy)"),
                Arguments.of("address 2001\nhunt-group 3000 members 2001 policy", 2,
                        "expected 'hunt-group <address> members <address>... policy <policy>'"),
                Arguments.of("address 2001\nhunt-group 3000 members policy linear", 2,
                        "expected 'hunt-group <address> members <address>... policy <policy>'"),
                Arguments.of("address 2001\nhunt-group 3000 members 2001 policy round-robin", 2,
                        "unknown hunt policy 'round-robin'; expected linear, circular, ring-all or longest-idle"),
                Arguments.of("address 2001\nhunt-group 3000 members 2009 policy linear", 2,
                        "hunt group '3000' names unknown address '2009'"),
                Arguments.of("address 2001\npickup-group sales", 2, "expected 'pickup-group <name> <address>...'"),
                Arguments.of("address 2001\npickup-group sales 2001\npickup-group support 2001", 3,
                        "pickup group 'support' names '2001', which is already in pickup group 'sales'"),
                Arguments.of("park-orbit", 1, "expected 'park-orbit <address>...'"),
                Arguments.of("route-point", 1, "expected 'route-point <address>...'"),
                Arguments.of("park-recall", 1, "expected 'park-recall <delay>'"),
                Arguments.of("park-recall 30 s", 1, "expected 'park-recall <delay>'"),
                Arguments.of("park-recall 30", 1, "delay '30' needs a unit; write e.g. 2000ms or 2s"),
                Arguments.of("park-recall 0s", 1, "park recall time PT0S must be positive"),
                Arguments.of("park-recall 30s\npark-recall 60s", 2, "the park recall time is already set (to 30000ms)"),
                Arguments.of("address 4000\nroute-point 4000", 2, "address '4000' is already declared as a plain address"),
                Arguments.of("Address 2001", 1,
                        "unknown statement 'Address'; expected one of address, terminal, external, external-default,"
                                + " pickup-group, park-orbit, park-recall, hunt-group, route-point, dialling-location"));
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("wrongFiles")
    void wrongLineIsReportedWithFileAndLineNumber(String text, int line, String problem) throws IOException {
        Path file = write("wrong.plan", text);

        SwitchPlanException thrown = loadFailure(file);

        assertThat(thrown).hasMessage(file + ":" + line + ": " + problem);
        assertThat(thrown.file()).isEqualTo(file);
        assertThat(thrown.line()).isEqualTo(line);
    }

    @Test
    void missingFileIsReportedWithItsPath() {
        Path file = dir.resolve("nowhere.plan");

        SwitchPlanException thrown = loadFailure(file);

        assertThat(thrown).hasMessage(file + ": switch description file not found");
        assertThat(thrown.line()).isZero();
    }

    @Test
    void directoryIsReportedAsUnreadable() {
        SwitchPlanException thrown = loadFailure(dir);

        assertThat(thrown).hasMessageStartingWith(dir + ": switch description file cannot be read: ");
    }

    @Test
    void fileThatIsNotUtf8IsReported() throws IOException {
        Path file = dir.resolve("latin1.plan");
        Files.write(file, "address caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loadFailure(file)).hasMessage(file + ": switch description file is not UTF-8 text");
    }

    @Test
    void nullPathIsRejectedByName() {
        assertThat(catchThrowableOfType(NullPointerException.class, () -> SwitchPlan.load(null))).hasMessage("file");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static SwitchPlanException loadFailure(Path file) {
        SwitchPlanException thrown = catchThrowableOfType(SwitchPlanException.class, () -> SwitchPlan.load(file));
        assertThat(thrown).as("SwitchPlanException for %s", file).isNotNull();
        return thrown;
    }
}
