package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.Ev;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.backend.sim.RecordingSignals;
import org.dialtone.internal.backend.sim.SimBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two providers' backends on one named switch: who hears what, handoff of legs, digits. */
class SharedSwitchTest {
    private static final DiallingLocation HERE = new DiallingLocation("44", "20", "9", "0", "00");
    private final SwitchPlan plan = SwitchPlan.builder()
            .address("2001")
            .address("2002")
            .terminal("2001", "2001")
            .terminal("2002", "2002")
            .external("5550101", ExternalBehaviour.ANSWER)
            .diallingLocation(HERE)
            .build();
    private final ManualClock clock = new ManualClock();
    private final SimSwitch lab = SimSwitch.create("SharedSwitchTest", plan, clock);
    private final RecordingSignals firstSignals = new RecordingSignals();
    private final RecordingSignals secondSignals = new RecordingSignals();
    private SimBackend first;
    private SimBackend second;

    @BeforeEach
    void attachTwo() {
        first = lab.attach();
        first.start(firstSignals);
        second = lab.attach();
        second.start(secondSignals);
        firstSignals.clear();
        secondSignals.clear();
    }

    @AfterEach
    void detach() {
        first.stop();
        second.stop();
        lab.remove();
    }

    /** Leg 1: 5550101 calls 2001, as the model describes it when the call rings there. */
    private static CallImage ringingAt2001() {
        return new CallImage("5550101", null, "2001", null, false, List.of(
                new CallImage.Leg(7, "5550101", false, CallControlConnection.ESTABLISHED, List.of()),
                new CallImage.Leg(1, "2001", true, CallControlConnection.ALERTING,
                        List.of(new CallImage.Phone("2001", CallControlTerminalConnection.RINGING)))));
    }

    @Test
    void aHandedOffCallTakesItsLegsAndTheirTimersToTheOtherProvider() {
        lab.party("2001").willAnswerAfter(Duration.ofSeconds(5));
        assertThat(second.registerApplication("desk")).isTrue();
        first.offer(1, "5550101", "2001");

        assertThat(first.handOff(ringingAt2001(), "desk")).isTrue();
        clock.advance(Duration.ofSeconds(5));

        assertThat(firstSignals.received()).containsExactly("alerting 1");
        assertThat(secondSignals.received()).containsExactly("handedOver [7, 1]", "answered 1 2001");
    }

    @Test
    void theReceiverReleasesTheLegsItWasGiven() {
        lab.party("2001").willNotAnswer();
        second.registerApplication("desk");
        first.offer(1, "5550101", "2001");
        first.handOff(ringingAt2001(), "desk");

        second.release(1, Ev.CAUSE_NORMAL);
        clock.advance(SimSwitch.DEFAULT_NO_ANSWER_TIMEOUT);

        assertThat(clock.pending()).isZero();
        assertThat(secondSignals.received()).containsExactly("handedOver [7, 1]");
    }

    @Test
    void handingToAnUnknownNameOrToItselfChangesNothing() {
        lab.party("2001").willAnswerAfter(Duration.ofSeconds(5));
        first.registerApplication("router");
        first.offer(1, "5550101", "2001");

        assertThat(first.handOff(ringingAt2001(), "nobody")).isFalse();
        assertThat(first.handOff(ringingAt2001(), "router")).isFalse();
        clock.advance(Duration.ofSeconds(5));

        assertThat(firstSignals.received()).containsExactly("alerting 1", "answered 1 2001");
        assertThat(secondSignals.received()).isEmpty();
    }

    @Test
    void aNameBelongsToOneRunningProvider() {
        assertThat(first.registerApplication("desk")).isTrue();
        assertThat(first.registerApplication("desk")).isTrue();
        assertThat(second.registerApplication("desk")).isFalse();

        first.unregisterApplication("desk");
        assertThat(second.registerApplication("desk")).isTrue();
        second.stop();
        assertThat(first.handOff(ringingAt2001(), "desk")).isFalse();
        assertThat(first.registerApplication("desk")).isTrue();
    }

    @Test
    void aUserAnsweringReachesTheProviderWhoseCallRingsThere() {
        second.offer(1, "5550101", "2002");

        lab.party("2002").answer();
        lab.party("2001").answer(); // nothing rings there: the first provider hears it

        assertThat(secondSignals.received()).containsExactly("alerting 1", "phoneAnswered 2002 2002");
        assertThat(firstSignals.received()).containsExactly("phoneAnswered 2001 2001");
    }

    @Test
    void aCallThatStartsAtTheSwitchGoesToTheProviderWatchingItsAddress() {
        secondSignals.watch("2002");

        lab.call("5550101", "2002");
        lab.party("2002").dial("2001");
        lab.call("5550101", "2001");

        assertThat(secondSignals.received()).hasSize(2);
        assertThat(secondSignals.received().get(0)).startsWith("incoming").endsWith("5550101 2002");
        assertThat(secondSignals.received().get(1)).isEqualTo("phoneDialled 2002 2002 2001");
        assertThat(firstSignals.received()).singleElement().asString().endsWith("5550101 2001");
    }

    @Test
    void hangingUpAndDigitsReachEveryProvider() {
        lab.party("2001").hangUp();
        lab.party("5550101").sendDigits("12#");

        assertThat(firstSignals.received()).containsExactly("phoneHungUp 2001 2001", "digits 5550101 12#");
        assertThat(secondSignals.received()).containsExactly("phoneHungUp 2001 2001", "digits 5550101 12#");
        second.stop();
        lab.party("2001").hangUp();
        assertThat(firstSignals.received()).endsWith("phoneHungUp 2001 2001");
    }

    @Test
    void aPartyHearsTheDigitsSentToItInOrder() {
        first.sendDigits(3, "5550101", "1");
        second.sendDigits(4, "5550101", "2*");

        assertThat(lab.party("5550101").receivedDigits()).isEqualTo("12*");
        assertThat(lab.party("2001").receivedDigits()).isEmpty();
    }

    @Test
    void onlyDtmfDigitsCanBeSentByAParty() {
        assertThatThrownBy(() -> lab.party("2001").sendDigits("12x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12x' are not DTMF digits: use one or more of 0123456789*#ABCD");
        assertThatThrownBy(() -> lab.party("2001").sendDigits("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lab.party("2001").sendDigits(null)).hasMessage("digits");
        assertThat(firstSignals.received()).isEmpty();
    }

    @Test
    void digitsNeedARunningProvider() {
        first.stop();
        second.stop();

        assertThatThrownBy(() -> lab.party("2001").sendDigits("1")).isInstanceOf(IllegalStateException.class)
                .hasMessage("sim switch SharedSwitchTest has no provider attached");
    }

    @Test
    void theBackendDialsFromThePlansLocation() {
        assertThat(first.diallingLocation()).isEqualTo(HERE);
    }
}
