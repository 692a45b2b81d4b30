package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.sim.RecordingSignals;
import org.dialtone.internal.backend.sim.SimBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartyTest {
    private final SwitchPlan plan = SwitchPlan.builder()
            .address("2001")
            .address("2002")
            .routePoint("4000")
            .terminal("2001", "2001")
            .terminal("desk-2002", "2002")
            .terminal("soft-2002", "2002")
            .external("5550101", ExternalBehaviour.ANSWER)
            .build();
    private final ManualClock clock = new ManualClock();
    private final RecordingSignals signals = new RecordingSignals();
    private final SimSwitch lab = SimSwitch.create("PartyTest", plan, clock);
    private SimBackend backend;

    @BeforeEach
    void attach() {
        backend = lab.attach();
        backend.start(signals);
        signals.clear();
    }

    @AfterEach
    void detach() {
        backend.stop();
        lab.remove();
    }

    @Test
    void aLocalPartyThatWillAnswerAnswersAtTheFirstTerminalOfItsAddress() {
        lab.party("2002").willAnswer();

        backend.offer(1, "5550101", "2002");

        assertThat(signals.received()).containsExactly("alerting 1", "answered 1 desk-2002");
    }

    @Test
    void aPartyThatWillAnswerAfterADelayRingsThatLong() {
        lab.party("2001").willAnswerAfter(Duration.ofSeconds(4));
        lab.party("5550101").willAnswerAfter(Duration.ofSeconds(2));

        backend.offer(1, "5550101", "2001");
        backend.route(2, "2001", "5550101");
        clock.advance(Duration.ofSeconds(2));
        assertThat(signals.received()).endsWith("answered 2 null");

        clock.advance(Duration.ofSeconds(2));
        assertThat(signals.received()).endsWith("answered 2 null", "answered 1 2001");
    }

    @Test
    void partiesForTheSameNumberShareTheirBehaviour() {
        lab.party("2001").willBeBusy();

        backend.offer(1, "5550101", lab.party("2001").number());

        assertThat(signals.received()).containsExactly("failed 1 " + CallCtlEv.CAUSE_BUSY);
    }

    @Test
    void willRingRestoresTheDefaultOfALocalParty() {
        lab.party("2001").willBeBusy().willRing();

        backend.offer(1, "5550101", "2001");
        clock.advance(Duration.ofDays(1));

        assertThat(signals.received()).containsExactly("alerting 1");
    }

    @Test
    void anExternalPartyThatWillRingRingsInsteadOfAnswering() {
        lab.party("5550101").willRing();

        backend.route(1, "2001", "5550101");
        clock.advance(Duration.ofDays(1));

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");
    }

    @Test
    void scriptsOverrideThePlanForExternalNumbers() {
        lab.party("5550101").willBeBusy();
        lab.party("5550102").willReject();
        lab.party("5550103").willBeUnknown();
        lab.party("5550104").willAnswer();
        lab.party("5550105").willNotAnswer();

        backend.route(1, "2001", "5550101");
        backend.route(2, "2001", "5550102");
        backend.route(3, "2001", "5550103");
        backend.route(4, "2001", "5550104");
        backend.route(5, "2001", "5550105");
        clock.advance(Duration.ofSeconds(30));

        assertThat(signals.received()).containsExactly(
                "failed 1 " + CallCtlEv.CAUSE_BUSY,
                "reached 2", "alerting 2", "failed 2 " + Ev.CAUSE_CALL_CANCELLED,
                "failed 3 " + Ev.CAUSE_DEST_NOT_OBTAINABLE,
                "reached 4", "alerting 4", "answered 4 null",
                "reached 5", "alerting 5", "failed 5 " + CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
    }

    @Test
    void aLocalPartyRejectsOrDoesNotAnswerWhenScripted() {
        lab.party("2001").willReject();
        lab.party("2002").willNotAnswer();

        backend.offer(1, "5550101", "2001");
        backend.offer(2, "5550101", "2002");
        clock.advance(Duration.ofSeconds(30));

        assertThat(signals.received()).containsExactly("alerting 1", "failed 1 " + Ev.CAUSE_CALL_CANCELLED,
                "alerting 2", "failed 2 " + CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
    }

    @Test
    void aLocalPartyCannotBeUnknown() {
        assertThatThrownBy(() -> lab.party("2001").willBeUnknown()).isInstanceOf(IllegalStateException.class)
                .hasMessage("local address 2001 exists; only an external number can be unknown");
    }

    @Test
    void anAddressNoTerminalCarriesCannotAnswer() {
        assertThatThrownBy(() -> lab.party("4000").willAnswer()).isInstanceOf(IllegalStateException.class)
                .hasMessage("no terminal carries address 4000");
        assertThatThrownBy(() -> lab.party("4000").answer()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadAnswerDelayIsRefused() {
        assertThatThrownBy(() -> lab.party("2001").willAnswerAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("answer delay PT-1S is negative");
        assertThatThrownBy(() -> lab.party("2001").willAnswerAfter(null)).hasMessage("delay");
    }

    @Test
    void theUserAnswersAndHangsUpAtTheFirstTerminalOfTheAddress() {
        lab.party("2002").answer();
        lab.party("2002").hangUp();

        assertThat(signals.received()).containsExactly("phoneAnswered desk-2002 2002", "phoneHungUp desk-2002 2002");
    }

    @Test
    void theUserOfASharedLineAnswersAndHangsUpAtTheTerminalNamed() {
        lab.party("2002").answer("soft-2002");
        lab.party("2002").hangUp("soft-2002");

        assertThat(signals.received()).containsExactly("phoneAnswered soft-2002 2002", "phoneHungUp soft-2002 2002");
    }

    @Test
    void aTerminalThatDoesNotCarryTheAddressIsRefused() {
        assertThatThrownBy(() -> lab.party("2002").answer("2001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("terminal '2001' does not carry address 2002");
        assertThatThrownBy(() -> lab.party("2002").hangUp("nowhere")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lab.party("2002").answer(null)).hasMessage("terminal");
        assertThat(signals.received()).isEmpty();
    }

    @Test
    void theUserDialsFromTheFirstTerminalOfTheAddress() {
        lab.party("2001").dial("5550101");

        assertThat(signals.received()).containsExactly("phoneDialled 2001 2001 5550101");
    }

    @Test
    void anEmptyNumberCannotBeDialled() {
        assertThatThrownBy(() -> lab.party("2001").dial("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number to dial is empty");
        assertThatThrownBy(() -> lab.party("2001").dial(null)).hasMessage("destination");
    }

    @Test
    void aPartyBeyondTheSwitchCannotActAtAPhone() {
        Party far = lab.party("5550101");

        assertThatThrownBy(far::answer).isInstanceOf(IllegalStateException.class)
                .hasMessage("5550101 is beyond the switch; only the user of a local address acts at a phone");
        assertThatThrownBy(far::hangUp).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> far.answer("2001")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> far.dial("2001")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aUserCannotActWithoutARunningProvider() {
        backend.stop();

        assertThatThrownBy(() -> lab.party("2001").answer()).isInstanceOf(IllegalStateException.class)
                .hasMessage("sim switch PartyTest has no provider attached");
        assertThatThrownBy(() -> lab.party("2001").dial("5550101")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scriptsOutliveTheProvider() {
        lab.party("2001").willBeBusy();
        backend.stop();
        backend = lab.attach();
        backend.start(signals);
        signals.clear();

        backend.offer(1, "5550101", "2001");

        assertThat(signals.received()).containsExactly("failed 1 " + CallCtlEv.CAUSE_BUSY);
    }

    @Test
    void aPartySaysItsNumberAndSwitch() {
        assertThat(lab.party("2001")).hasToString("party 2001 of sim switch PartyTest");
    }
}
