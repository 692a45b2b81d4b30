package org.dialtone.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import javax.telephony.Provider;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.DialtonePeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallMonitorTest {
    private static final String LINE = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  (call #\\d+ *|- +)  \\S.*";

    private final TestSwitch lab = new TestSwitch();

    @AfterEach
    void freeSwitch() {
        lab.close();
    }

    /** The event lines of one call without their time, spaces squeezed: "Connection 1002 ALERTING NORMAL [PROGRESS]". */
    private static List<String> eventsOf(String call, Output out) {
        return out.lines().stream()
                .filter(line -> line.matches(LINE) && line.substring(14).startsWith(call + " "))
                .map(line -> line.substring(14 + call.length()).strip().replaceAll("\\s+", " "))
                .collect(Collectors.toList());
    }

    @Test
    void printsEveryEventOfACallBetweenTwoWatchedPhonesOnce() {
        try (SampleRun monitor = SampleRun.start(CallMonitor::run, TestSwitch.PEER, lab.providerString(), "1001", "1002")) {
            monitor.out.await("monitoring 1001 (terminal 1001), 1002 (terminal 1002) on " + lab.providerString()
                    + "; end of input stops");

            lab.party("1001").dial("1002");
            monitor.out.await("callctl RINGING");
            lab.party("1002").answer();
            monitor.out.await("Connection 1002                 callctl ESTABLISHED");
            lab.party("1001").hangUp();
            monitor.out.await("TRANSMISSION_ENDED");
            monitor.endInput();

            assertThat(monitor.awaitExit()).isZero();
            List<String> events = eventsOf("call #1", monitor.out);
            assertThat(events).containsSubsequence(
                    "Call ACTIVE NEW_CALL [PROGRESS]",
                    "Connection 1001 callctl INITIATED NEW_CALL [PROGRESS]",
                    "TerminalConnection 1001@1001 callctl TALKING NEW_CALL [PROGRESS]",
                    "Connection 1002 ALERTING NORMAL [PROGRESS]",
                    "TerminalConnection 1002@1002 callctl RINGING NORMAL [PROGRESS]",
                    "Connection 1002 CONNECTED NORMAL [PROGRESS]",
                    "Connection 1002 callctl ESTABLISHED NORMAL [PROGRESS]",
                    "Connection 1001 DISCONNECTED NORMAL [PROGRESS]",
                    "Call INVALID NORMAL [PROGRESS]",
                    "Call TRANSMISSION_ENDED NORMAL");
            assertThat(events.stream().filter(e -> !e.startsWith("Call PROGRESS")))
                    .as("a listener on both an address and its terminal hears each event once")
                    .doesNotHaveDuplicates();
            assertThat(events).filteredOn(e -> e.startsWith("Call PROGRESS STARTED")).hasSize(4);
            assertThat(events).filteredOn(e -> e.startsWith("Call PROGRESS ENDED")).hasSize(4);
        }
    }

    @Test
    void aLineGivesTimeCallObjectEventCauseAndMetaBracket() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:41:07.215Z"), ZoneOffset.UTC);
        Output out = new Output();
        Provider provider = new DialtonePeer().getProvider(lab.providerString());
        try (CallMonitor monitor = new CallMonitor(out.stream(), clock, new CallNames())) {
            monitor.watch(provider.getAddress("1002"));

            provider.createCall().connect(provider.getTerminal("1001"), provider.getAddress("1001"), "1002");

            assertThat(out.await("Connection 1002                 ALERTING")).isEqualTo(
                    "09:41:07.215  call #1   Connection 1002                 ALERTING                  NORMAL"
                            + "              [PROGRESS]");
            assertThat(out.await("PROGRESS STARTED")).isEqualTo(
                    "09:41:07.215  call #1   Call                            PROGRESS STARTED          NEW_CALL");
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void aFailedConnectionShowsTheCallControlCause() throws Exception {
        lab.party("5550199").willBeBusy();
        Output out = new Output();
        Provider provider = new DialtonePeer().getProvider(lab.providerString());
        try (CallMonitor monitor = new CallMonitor(out.stream(), Clock.systemUTC(), new CallNames())) {
            monitor.watch(provider.getAddress("1001"));

            provider.createCall().connect(provider.getTerminal("1001"), provider.getAddress("1001"), "5550199");

            out.await("Connection 5550199              callctl FAILED");
            assertThat(eventsOf("call #1", out)).containsSubsequence("Connection 5550199 FAILED BUSY [PROGRESS]",
                    "Connection 5550199 callctl FAILED BUSY [PROGRESS]");
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void eventsOfATransferAreBracketedByItsMetaEvents() throws Exception {
        lab.party("1002").willAnswer();
        lab.party("1003").willAnswer();
        Output out = new Output();
        Provider provider = new DialtonePeer().getProvider(lab.providerString());
        try (CallMonitor monitor = new CallMonitor(out.stream(), Clock.systemUTC(), new CallNames())) {
            monitor.watch(provider.getAddress("1001"));
            CallControlCall first = (CallControlCall) provider.createCall();
            first.connect(provider.getTerminal("1001"), provider.getAddress("1001"), "1002");
            out.await("Connection 1002                 callctl ESTABLISHED");
            CallControlCall consultation = (CallControlCall) provider.createCall();
            consultation.consult(first.getConnections()[0].getTerminalConnections()[0], "1003");
            out.await("Connection 1003                 callctl ESTABLISHED");

            first.transfer(consultation);

            String started = out.await("TRANSFER STARTED");
            assertThat(started).matches(".*  call #\\d +  Call +TRANSFER STARTED +\\w+ +old call #\\d, call #\\d; new call #\\d");
            out.await("TRANSFER ENDED");
            List<String> lines = out.lines();
            List<String> inside = lines.subList(lines.indexOf(started) + 1, lines.size()).stream()
                    .takeWhile(line -> !line.contains("TRANSFER ENDED")).collect(Collectors.toList());
            assertThat(inside).isNotEmpty().allMatch(line -> line.endsWith("[TRANSFER]"));
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void anAddressTheProviderDoesNotHaveEndsWithExitStatusOne() {
        try (SampleRun monitor = SampleRun.start(CallMonitor::run, TestSwitch.PEER, lab.providerString(), "1001", "abc")) {
            assertThat(monitor.awaitExit()).isEqualTo(SampleArgs.EXIT_FAILURE);
            assertThat(monitor.err.text()).contains("the provider has no address 'abc'");
        }
    }

    @Test
    void aCommandLineWithoutAddressesPrintsTheUsage() {
        try (SampleRun monitor = SampleRun.start(CallMonitor::run, TestSwitch.PEER, lab.providerString())) {
            assertThat(monitor.awaitExit()).isEqualTo(SampleArgs.EXIT_USAGE);
            assertThat(monitor.err.lines()).containsExactly(
                    "CallMonitor: expected the peer class, the provider string and 1 more argument, got 2 arguments",
                    "usage: CallMonitor PEER PROVIDER-STRING ADDRESS... [--seconds=N]");
        }
    }
}
