package org.dialtone.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttendantConsoleTest {
    private final TestSwitch lab = new TestSwitch(plan());
    private SampleRun console;

    /** Extensions 1001 to 1005, each on a phone of its own, and park orbit 7001. */
    private static SwitchPlan plan() {
        SwitchPlan.Builder plan = SwitchPlan.builder();
        for (int extension = 1001; extension <= 1005; extension++) {
            plan.address(String.valueOf(extension)).terminal(String.valueOf(extension), String.valueOf(extension));
        }
        return plan.parkOrbit("7001").build();
    }

    /**
     * The calls a reply describes, each as its name and its parties in any order:
     * {@code "call #1 (5550100 ESTABLISHED, 1001 HELD)"} gives {@code "call #1" -> {"5550100 ESTABLISHED", "1001 HELD"}}.
     */
    private static Map<String, Set<String>> calls(String reply) {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        Matcher call = Pattern.compile("(call #\\d+) \\(([^)]*)\\)").matcher(reply);
        while (call.find()) {
            calls.put(call.group(1), Set.of(call.group(2).split(", ")));
        }
        return calls;
    }

    /** Answers an inbound call from 5550100 at 1001: call #1. */
    private void talkToACaller() {
        lab.sim.call("5550100", "1001");
        assertThat(reply("wait ringing")).startsWith("ok wait: call #1 ");
        assertThat(reply("answer")).isEqualTo("ok answer: call #1 (5550100 ESTABLISHED, 1001 TALKING)");
    }

    @AfterEach
    void stop() {
        if (console != null) {
            console.close();
        }
        lab.close();
    }

    private void startConsoleAt(String address) {
        console = SampleRun.start(AttendantConsole::run, TestSwitch.PEER, lab.providerString(), address);
        console.out.await("attendant console at " + address + ", terminal " + address + "; 'help' lists the commands");
    }

    /** Types a command and returns the one line the console answers. */
    private String reply(String command) {
        int next = console.out.lines().size();
        console.type(command);
        return console.out.lineAt(next);
    }

    @Test
    void answersACallThatRingsAndHangsUp() {
        startConsoleAt("1001");
        lab.sim.call("5550100", "1001");

        assertThat(reply("wait ringing")).isEqualTo("ok wait: call #1 (5550100 ESTABLISHED, 1001 RINGING)");
        assertThat(reply("answer")).isEqualTo("ok answer: call #1 (5550100 ESTABLISHED, 1001 TALKING)");
        assertThat(reply("hangup")).startsWith("ok hangup: call #1 ");
        assertThat(reply("wait idle")).isEqualTo("ok wait: no calls at 1001");
        console.type("quit");

        assertThat(console.awaitExit()).isZero();
    }

    @Test
    void dialsListsAndDropsACall() {
        startConsoleAt("1001");
        lab.party("1002").willAnswer();

        assertThat(reply("dial 1002")).startsWith("ok dial: call #1 (1001 TALKING, 1002 "); // by now IDLE, ALERTING or ESTABLISHED
        assertThat(reply("wait answered")).isEqualTo("ok wait: call #1 (1001 TALKING, 1002 ESTABLISHED)");
        assertThat(reply("calls")).isEqualTo("ok calls: call #1 (1001 TALKING, 1002 ESTABLISHED)");
        assertThat(reply("drop #1")).isEqualTo("ok drop: call #1 (ended)");
        assertThat(reply("calls")).isEqualTo("ok calls: no calls at 1001");
        console.endInput();

        assertThat(console.awaitExit()).isZero();
    }

    @Test
    void namesEachCallAndActsOnTheOneGiven() {
        startConsoleAt("1001");
        lab.sim.call("5550100", "1001");
        reply("wait ringing");
        reply("answer");
        lab.sim.call("5550111", "1001");

        assertThat(reply("wait ringing")).isEqualTo("ok wait: call #2 (5550111 ESTABLISHED, 1001 RINGING)");
        assertThat(reply("calls")).isEqualTo("ok calls: call #1 (5550100 ESTABLISHED, 1001 TALKING); "
                + "call #2 (5550111 ESTABLISHED, 1001 RINGING)");
        assertThat(reply("answer #1")).isEqualTo("error answer: call #1 is TALKING here, not ringing");
        assertThat(reply("drop #2")).isEqualTo("ok drop: call #2 (ended)");
        assertThat(reply("calls")).isEqualTo("ok calls: call #1 (5550100 ESTABLISHED, 1001 TALKING)");
    }

    @Test
    void holdsAndTakesBackACall() {
        startConsoleAt("1001");
        talkToACaller();

        assertThat(reply("hold")).isEqualTo("ok hold: call #1 (5550100 ESTABLISHED, 1001 HELD)");
        assertThat(reply("hold")).isEqualTo("error hold: no call is talking at 1001");
        assertThat(reply("unhold #1")).isEqualTo("ok unhold: call #1 (5550100 ESTABLISHED, 1001 TALKING)");
    }

    @Test
    void consultsAThirdPartyAndTransfersTheCallerToIt() {
        startConsoleAt("1001");
        talkToACaller();
        lab.party("1002").willAnswer();

        Map<String, Set<String>> consulting = calls(reply("consult 1002"));
        assertThat(consulting.keySet()).containsExactly("call #2", "call #1");
        assertThat(consulting.get("call #1")).containsExactlyInAnyOrder("5550100 ESTABLISHED", "1001 HELD");
        assertThat(reply("wait answered")).isEqualTo("ok wait: call #2 (1001 TALKING, 1002 ESTABLISHED)");
        String transferred = reply("transfer");
        assertThat(transferred).startsWith("ok transfer: call #");
        assertThat(calls(transferred).values()).singleElement().asInstanceOf(InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("5550100 ESTABLISHED", "1002 ESTABLISHED");
        assertThat(reply("wait idle")).isEqualTo("ok wait: no calls at 1001");
    }

    @Test
    void sendsTheCallerToAnotherNumberInABlindTransfer() {
        startConsoleAt("1001");
        talkToACaller();

        String transferred = reply("transfer 1003");
        assertThat(transferred).startsWith("ok transfer: call #1 (");
        assertThat(calls(transferred).get("call #1")).contains("5550100 ESTABLISHED").noneMatch(p -> p.startsWith("1001"));
        assertThat(reply("wait idle")).isEqualTo("ok wait: no calls at 1001");
    }

    @Test
    void joinsACallAndItsConsultationInAConferenceOfThreeAndEndsIt() {
        startConsoleAt("1001");
        talkToACaller();
        lab.party("1003").willAnswer();
        reply("consult 1003");
        reply("wait answered");

        String conference = reply("conference");
        assertThat(conference).startsWith("ok conference: call #");
        assertThat(calls(conference).values()).singleElement().asInstanceOf(InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("5550100 ESTABLISHED", "1001 TALKING", "1003 ESTABLISHED");
        assertThat(reply("drop")).endsWith("(ended)");
        assertThat(reply("wait idle")).isEqualTo("ok wait: no calls at 1001");
    }

    @Test
    void parksACallAndPicksItUpAgainFromTheOrbit() {
        startConsoleAt("1001");
        talkToACaller();

        String parked = reply("park 7001");
        assertThat(parked).startsWith("ok park: call #1 (");
        assertThat(calls(parked).get("call #1")).containsExactlyInAnyOrder("5550100 ESTABLISHED", "7001 QUEUED");
        assertThat(reply("wait idle")).isEqualTo("ok wait: no calls at 1001");
        String picked = reply("pickup 7001");
        assertThat(picked).startsWith("ok pickup: call #1 (");
        assertThat(calls(picked).get("call #1")).containsExactlyInAnyOrder("5550100 ESTABLISHED", "1001 TALKING");
    }

    @Test
    void picksUpACallRingingAtAnotherPhone() {
        startConsoleAt("1001");
        lab.sim.call("5550100", "1002");

        assertThat(reply("wait ringing at 1002")).isEqualTo("ok wait: call #1 (5550100 ESTABLISHED, 1002 ALERTING)");
        String picked = reply("pickup 1002");
        assertThat(picked).startsWith("ok pickup: call #1 (");
        assertThat(calls(picked).get("call #1")).containsExactlyInAnyOrder("5550100 ESTABLISHED", "1001 TALKING");
    }

    @Test
    void runsAWholeScriptFromItsInputAndEndsWithStatusZero() {
        lab.party("1002").willAnswer();
        startConsoleAt("1001");
        lab.sim.call("5550100", "1001");

        for (String line : new String[] {"# a script, as a file piped to the console would be", "wait ringing", "answer",
                "consult 1002", "wait answered", "transfer", "wait idle"}) {
            console.type(line);
        }
        console.endInput();

        assertThat(console.awaitExit()).isZero();
        assertThat(console.out.lines()).hasSize(7).allMatch(line -> line.startsWith("ok ") || line.startsWith("attendant"));
    }

    @Test
    void refusesWhatItCannotDoWithALineSayingWhyAndEndsWithStatusTwo() {
        startConsoleAt("1001");

        assertThat(reply("answer")).isEqualTo("error answer: no call is ringing at 1001");
        assertThat(reply("hold #9")).isEqualTo("error hold: there is no call #9");
        assertThat(reply("hold 9")).isEqualTo("error hold: '9' is not a call: write a call's number as #N");
        assertThat(reply("consult")).isEqualTo("error consult: missing NUMBER; usage: consult NUMBER [CALL]");
        assertThat(reply("transfer")).isEqualTo(
                "error transfer: no consultation call, and not one call on hold and one talking, at 1001");
        assertThat(reply("pickup 1099 now")).isEqualTo("error pickup: unexpected 'now'; usage: pickup ADDRESS");
        assertThat(reply("dial not-a-number")).startsWith("error dial: InvalidPartyException: ");
        assertThat(reply("wait ringing 0.1")).isEqualTo("error wait: no call rang at 1001 within 0.1 s");
        assertThat(reply("whistle")).isEqualTo("error whistle: unknown command; 'help' lists the commands");
        console.type("quit");

        assertThat(console.awaitExit()).isEqualTo(AttendantConsole.EXIT_COMMANDS_FAILED);
    }

    @Test
    void ignoresBlankLinesAndCommentsSoScriptsCanBeAnnotated() {
        startConsoleAt("1001");
        console.type("");
        console.type("# a comment");

        assertThat(reply("calls")).isEqualTo("ok calls: no calls at 1001");
        assertThat(console.out.lines()).hasSize(2);
    }

    @Test
    void helpDocumentsEveryCommand() {
        startConsoleAt("1001");
        console.type("help");
        console.out.await("quit");

        assertThat(console.out.text()).contains("answer [CALL]", "hold [CALL]", "unhold [CALL]",
                "consult NUMBER [CALL]", "transfer [CALL]", "transfer NUMBER [CALL]", "conference [CALL]",
                "park ORBIT [CALL]", "pickup ADDRESS", "dial NUMBER", "hangup [CALL]", "drop [CALL]", "calls",
                "wait ringing [at ADDRESS]", "wait answered [CALL]", "wait idle", "help", "quit");
    }

    @Test
    void aCommandLineWithTwoAddressesPrintsTheUsage() {
        console = SampleRun.start(AttendantConsole::run, TestSwitch.PEER, lab.providerString(), "1001", "1002");

        assertThat(console.awaitExit()).isEqualTo(SampleArgs.EXIT_USAGE);
        assertThat(console.err.lines()).containsExactly("AttendantConsole: expected one address, got [1001, 1002]",
                "usage: AttendantConsole PEER PROVIDER-STRING ADDRESS [--terminal=NAME]");
    }
}
