package org.dialtone.internal.backend.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.backend.ForwardingRule.Callers;
import org.dialtone.internal.backend.ForwardingRule.Condition;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sim backend's side of redirect, forwarding, do-not-disturb and call completion, as signals:
 * what a backend must send for the model to show these features (the SIP backend answers the same
 * commands with the same signals).
 */
class SimDiversionTest {
    private static final AtomicInteger SWITCHES = new AtomicInteger();
    private static final int REDIRECTED = CallCtlEv.CAUSE_REDIRECTED;

    private final ManualClock clock = new ManualClock();
    private final SimSwitch sim = SimSwitch.create("diversion-" + SWITCHES.incrementAndGet(), SwitchPlan.builder()
            .address("2001").address("2002").address("2003").address("2004").terminal("2001", "2001")
            .terminal("2002", "2002").terminal("2003", "2003").terminal("desk", "2004").terminal("soft", "2004")
            .external("5550101", ExternalBehaviour.ANSWER).build(), clock);
    private final SimBackend backend = sim.attach();
    private final RecordingSignals signals = new RecordingSignals();

    SimDiversionTest() {
        backend.start(signals);
        signals.clear();
    }

    @AfterEach
    void stop() {
        backend.stop();
        sim.remove();
    }

    private static ForwardingRule always(String destination) {
        return new ForwardingRule(Condition.ALWAYS, Callers.ALL, null, destination);
    }

    /** The new leg a "diverted" signal names. */
    private static long newLegOf(String diverted) {
        return Long.parseLong(diverted.split(" ")[2]);
    }

    @Test
    void unconditionalForwardingDivertsTheLegBeforeItRingsAndTheNewLegGoesOn() {
        backend.setForwarding("2002", List.of(always("2003")));

        backend.offer(1, "2001", "2002");

        List<String> got = signals.received();
        assertThat(got).hasSize(2);
        assertThat(got.get(0)).matches("diverted 1 \\d+ 2003");
        assertThat(got.get(1)).isEqualTo("alerting " + newLegOf(got.get(0)));
    }

    @Test
    void forwardingOutsideTheSwitchIsReachedThere() {
        backend.setForwarding("2002", List.of(always("5550101")));

        backend.offer(1, "2001", "2002");

        List<String> got = signals.received();
        long next = newLegOf(got.get(0));
        assertThat(got).containsExactly("diverted 1 " + next + " 5550101", "reached " + next, "alerting " + next,
                "answered " + next + " null");
    }

    @Test
    void aLoopFailsTheLegThatWouldCloseItWithCauseRedirected() {
        backend.setForwarding("2002", List.of(always("2003")));
        backend.setForwarding("2003", List.of(always("2002")));

        backend.offer(1, "2001", "2002");

        List<String> got = signals.received();
        long next = newLegOf(got.get(0));
        assertThat(got).containsExactly("diverted 1 " + next + " 2003", "failed " + next + " " + REDIRECTED);
    }

    @Test
    void noAnswerForwardingDivertsAfterTheSwitchsForwardingTime() {
        sim.setForwardNoAnswerAfter(Duration.ofSeconds(8));
        backend.setForwarding("2002", List.of(new ForwardingRule(Condition.NO_ANSWER, Callers.ALL, null, "2003")));

        backend.offer(1, "2001", "2002");
        clock.advance(Duration.ofSeconds(7));
        assertThat(signals.received()).containsExactly("alerting 1");
        clock.advance(Duration.ofSeconds(1));

        List<String> got = signals.received();
        assertThat(got).hasSize(3);
        assertThat(got.get(1)).matches("diverted 1 \\d+ 2003");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void aRuleForOtherCallersLeavesTheCallRinging() {
        backend.setForwarding("2002", List.of(new ForwardingRule(Condition.ALWAYS, Callers.EXTERNAL, null, "2003"),
                new ForwardingRule(Condition.ALWAYS, Callers.SPECIFIC, "2003", "2001")));

        backend.offer(1, "2001", "2002");

        assertThat(signals.received()).containsExactly("alerting 1");
    }

    @Test
    void redirectMovesAnAlertingLegAndStopsItsTimers() {
        sim.party("2002").willNotAnswer();
        backend.offer(1, "2001", "2002");
        assertThat(clock.pending()).isEqualTo(1);

        backend.redirect(1, 2, "2001", "2003");

        assertThat(clock.pending()).isZero();
        assertThat(signals.received()).containsExactly("alerting 1", "alerting 2");
    }

    @Test
    void aRedirectedCallCannotBeForwardedBackToTheAddressThatRedirectedIt() {
        backend.offer(1, "2001", "2002");
        backend.setForwarding("2003", List.of(always("2002")));

        backend.redirect(1, 2, "2001", "2003");

        assertThat(signals.received()).containsExactly("alerting 1", "failed 2 " + REDIRECTED);
    }

    @Test
    void doNotDisturbRefusesTheCallUnlessABusyRuleTakesIt() {
        backend.setAddressDoNotDisturb("2002", true);
        backend.offer(1, "2001", "2002");
        backend.setForwarding("2002", List.of(new ForwardingRule(Condition.BUSY, Callers.ALL, null, "2003")));
        backend.offer(2, "2001", "2002");

        List<String> got = signals.received();
        assertThat(got.get(0)).isEqualTo("failed 1 " + CallCtlEv.CAUSE_DO_NOT_DISTURB);
        assertThat(got.get(1)).matches("diverted 2 \\d+ 2003");
    }

    @Test
    void aTerminalInDoNotDisturbDoesNotAnswerForItsSharedLine() {
        sim.party("2004").willAnswer();
        backend.setTerminalDoNotDisturb("desk", true);

        backend.offer(1, "2001", "2004");
        backend.setTerminalDoNotDisturb("soft", true);
        backend.offer(2, "2001", "2004");

        assertThat(signals.received()).containsExactly("alerting 1", "answered 1 soft",
                "failed 2 " + CallCtlEv.CAUSE_DO_NOT_DISTURB);
    }

    @Test
    void aCallbackRingsTheRequesterOnceTheBusyTargetIsFree() {
        sim.party("2002").willBeBusy();
        backend.requestCallback(40, "2001", "2002");
        assertThat(signals.received()).isEmpty();

        sim.party("2002").willRing();

        List<String> got = signals.received();
        assertThat(got).hasSize(2);
        assertThat(got.get(0)).matches("callback 40 \\d+ 2001 2002");
        assertThat(got.get(1)).isEqualTo("alerting " + got.get(0).split(" ")[2]);
        sim.party("2002").willBeBusy();
        sim.party("2002").willRing();
        assertThat(signals.received()).as("carried out once").hasSize(2);
    }

    @Test
    void aWithdrawnCallbackIsForgotten() {
        sim.party("2002").willBeBusy();
        backend.requestCallback(40, "2001", "2002");

        backend.cancelCallback(40);
        sim.party("2002").willRing();

        assertThat(signals.received()).isEmpty();
    }

    @Test
    void aCampedOnLegIsOfferedOnceTheTargetIsFreeAndReleaseEndsTheWait() {
        sim.party("2002").willBeBusy();
        backend.campOn(7, "2001", "2002");
        backend.campOn(8, "2001", "2002");
        backend.release(8, CallCtlEv.CAUSE_BUSY);

        sim.party("2002").willRing();

        assertThat(signals.received()).containsExactly("alerting 7");
    }

    @Test
    void theMessageWaitingLampFollowsTheCommand() {
        backend.setMessageWaiting("2002", true);

        assertThat(backend.isMessageWaiting("2002")).isTrue();
        assertThat(sim.party("2002").isMessageWaiting()).isTrue();
        assertThat(backend.isMessageWaiting("2003")).isFalse();
    }
}
