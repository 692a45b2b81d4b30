package org.dialtone.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClickToDialTest {
    private final TestSwitch lab = new TestSwitch();

    @AfterEach
    void freeSwitch() {
        lab.close();
    }

    private SampleRun dial(String... words) {
        String[] args = new String[words.length + 2];
        args[0] = TestSwitch.PEER;
        args[1] = lab.providerString();
        System.arraycopy(words, 0, args, 2, words.length);
        return SampleRun.start(ClickToDial::run, args);
    }

    @Test
    void anAnsweredCallReportsTheTwoPartiesTalkingAndExitsZero() {
        lab.party("1002").willAnswer();

        try (SampleRun run = dial("1001", "1002")) {
            assertThat(run.awaitExit()).isEqualTo(0);
            assertThat(run.out.lines()).first().isEqualTo("calling 1002 from 1001 at terminal 1001");
            assertThat(run.out.lines()).last().isEqualTo("answered: 1001 and 1002 are talking");
            assertThat(run.err.lines()).noneMatch(line -> line.startsWith("ClickToDial"));
        }
    }

    @Test
    void aBusyPartyIsReportedAsBusyWithExitStatusTwo() {
        lab.party("5550199").willBeBusy();

        try (SampleRun run = dial("1001", "5550199")) {
            assertThat(run.awaitExit()).isEqualTo(ClickToDial.Outcome.BUSY.exitStatus()).isEqualTo(2);
            assertThat(run.out.lines()).containsExactly("calling 5550199 from 1001 at terminal 1001",
                    "busy: 5550199 is busy");
        }
    }

    @Test
    void aPartyTheSwitchGivesUpOnIsReportedAsNoAnswerWithExitStatusThree() {
        lab.party("5550100").willNotAnswer();

        try (SampleRun run = dial("1001", "5550100")) {
            run.out.await("5550100 is ringing");
            lab.clock.advance(Duration.ofSeconds(30));

            assertThat(run.awaitExit()).isEqualTo(3);
            assertThat(run.out.lines()).containsExactly("calling 5550100 from 1001 at terminal 1001",
                    "5550100 is ringing", "no answer: 5550100 did not answer");
        }
    }

    @Test
    void aPartyThatRingsLongerThanTheRingTimeoutIsHungUpOnAsNoAnswer() {
        try (SampleRun run = dial("1001", "1003", "--ring-timeout=0.2")) {
            assertThat(run.awaitExit()).isEqualTo(3);
            assertThat(run.out.lines()).containsExactly("calling 1003 from 1001 at terminal 1001",
                    "1003 is ringing", "no answer: 1003 rang for 200 ms; hanging up");
        }
    }

    @Test
    void aRejectedCallIsReportedAsFailedWithExitStatusFour() {
        lab.party("1002").willReject();

        try (SampleRun run = dial("1001", "1002")) {
            assertThat(run.awaitExit()).isEqualTo(4);
            assertThat(run.out.lines()).last().asString().matches("failed: the call to 1002 failed \\([A-Z_]+\\)");
        }
    }

    @Test
    void aNumberThatCannotBeDialledIsReportedAsFailed() {
        try (SampleRun run = dial("1001", "not-a-number")) {
            assertThat(run.awaitExit()).isEqualTo(4);
            assertThat(run.out.lines()).last().asString().startsWith("failed: not-a-number cannot be called: ");
        }
    }

    @Test
    void anUnknownCallingAddressEndsWithExitStatusOneAndSaysWhy() {
        try (SampleRun run = dial("9999", "1002")) {
            assertThat(run.awaitExit()).isEqualTo(SampleArgs.EXIT_FAILURE);
            assertThat(run.err.text()).contains("the provider has no address '9999'");
        }
    }

    @Test
    void aCommandLineWithoutTheNumberToCallPrintsTheUsage() {
        try (SampleRun run = dial("1001")) {
            assertThat(run.awaitExit()).isEqualTo(SampleArgs.EXIT_USAGE);
            assertThat(run.err.lines()).contains(
                    "usage: ClickToDial PEER PROVIDER-STRING FROM TO [--terminal=NAME] [--ring-timeout=SECONDS]");
        }
    }
}
