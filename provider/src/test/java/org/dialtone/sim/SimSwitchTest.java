package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.internal.backend.sim.ClockThreads;
import org.dialtone.internal.backend.sim.RecordingSignals;
import org.dialtone.internal.backend.sim.SimBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimSwitchTest {
    private final SwitchPlan plan = SwitchPlan.builder()
            .address("2001")
            .terminal("2001", "2001")
            .external("5550101", ExternalBehaviour.ANSWER)
            .build();
    private final ManualClock clock = new ManualClock();
    private final RecordingSignals signals = new RecordingSignals();
    private final List<SimSwitch> created = new ArrayList<>();
    private final List<SimBackend> backends = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        backends.forEach(SimBackend::stop);
        created.forEach(SimSwitch::remove);
    }

    private SimSwitch create(String name) {
        SimSwitch created = SimSwitch.create(name, plan, clock);
        this.created.add(created);
        return created;
    }

    private SimBackend attachAndStart(SimSwitch simSwitch) {
        SimBackend backend = simSwitch.attach();
        backends.add(backend);
        backend.start(signals);
        signals.clear();
        return backend;
    }

    @Test
    void aCreatedSwitchIsFoundByItsNameUntilRemoved() {
        SimSwitch lab = create("SimSwitchTest-lab");

        assertThat(SimSwitch.named("SimSwitchTest-lab")).containsSame(lab);
        assertThat(lab.plan()).isSameAs(plan);
        assertThat(lab.clock()).isSameAs(clock);

        lab.remove();
        assertThat(SimSwitch.named("SimSwitchTest-lab")).isEmpty();
        lab.remove(); // harmless
    }

    @Test
    void aNameIsTakenUntilItsSwitchIsRemoved() {
        SimSwitch first = create("SimSwitchTest-taken");

        assertThatThrownBy(() -> create("SimSwitchTest-taken")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a sim switch named 'SimSwitchTest-taken' already exists");
        assertThat(SimSwitch.named("SimSwitchTest-taken")).containsSame(first);

        first.remove();
        SimSwitch second = create("SimSwitchTest-taken");
        assertThat(SimSwitch.named("SimSwitchTest-taken")).containsSame(second);
        first.remove(); // does not unregister the switch that now has the name
        assertThat(SimSwitch.named("SimSwitchTest-taken")).containsSame(second);
    }

    @Test
    void aNameAProviderStringCannotHoldIsRefused() {
        assertThatThrownBy(() -> create("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a sim switch name must not be empty");
        assertThatThrownBy(() -> create(" lab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot appear in a provider string");
        assertThatThrownBy(() -> create("a;b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot appear in a provider string");
        assertThatThrownBy(() -> create(null)).hasMessage("name");
        assertThatThrownBy(() -> SimSwitch.create("SimSwitchTest-noplan", null, clock)).hasMessage("plan");
        assertThatThrownBy(() -> SimSwitch.create("SimSwitchTest-noclock", plan, null)).hasMessage("clock");
        assertThat(SimSwitch.named("SimSwitchTest-noplan")).isEmpty();
    }

    @Test
    void aPrivateSwitchIsNotRegisteredAndHasASystemClock() {
        SimSwitch own = SimSwitch.createPrivate(plan);

        assertThat(own.clock()).isInstanceOf(SystemClock.class);
        assertThat(own).hasToString("private sim switch");
        own.remove();
        own.clock().close();
    }

    @Test
    void theNoAnswerTimeoutIs30SecondsUntilSet() {
        SimSwitch lab = create("SimSwitchTest-timeout");

        assertThat(lab.noAnswerTimeout()).isEqualTo(Duration.ofSeconds(30));
        lab.setNoAnswerTimeout(Duration.ofSeconds(5));
        assertThat(lab.noAnswerTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aNoAnswerTimeoutMustBePositive() {
        SimSwitch lab = create("SimSwitchTest-badtimeout");

        assertThatThrownBy(() -> lab.setNoAnswerTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no-answer timeout PT0S must be positive");
        assertThatThrownBy(() -> lab.setNoAnswerTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lab.setNoAnswerTimeout(null)).hasMessage("timeout");
        assertThat(lab.noAnswerTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theBackendRingsForTheNoAnswerTimeoutSetOnTheSwitch() {
        SimSwitch lab = create("SimSwitchTest-applied");
        SimBackend backend = attachAndStart(lab);
        lab.setNoAnswerTimeout(Duration.ofSeconds(5));
        lab.party("2001").willNotAnswer();

        backend.offer(1, "5550101", "2001");
        clock.advance(Duration.ofSeconds(5));

        assertThat(signals.received()).containsExactly("alerting 1", "failed 1 " + CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
    }

    @Test
    void aNamedSwitchServesSeveralProvidersAtOnce() {
        SimSwitch lab = create("SimSwitchTest-shared");
        SimBackend first = attachAndStart(lab);
        RecordingSignals secondSignals = new RecordingSignals();
        SimBackend second = lab.attach();
        backends.add(second);
        second.start(secondSignals);

        lab.call("5550101", "2001");

        assertThat(signals.received()).singleElement().asString().startsWith("incoming");
        assertThat(secondSignals.received()).containsExactly("inService");
        first.stop();
        lab.call("5550101", "2001");
        assertThat(secondSignals.received()).last().asString().startsWith("incoming");
    }

    @Test
    void aPrivateSwitchServesOneProvider() {
        SimSwitch own = SimSwitch.createPrivate(plan);
        SimBackend first = own.attach();
        backends.add(first);

        assertThatThrownBy(own::attach).isInstanceOf(IllegalStateException.class)
                .hasMessage("private sim switch is in use by another provider");
    }

    @Test
    void aPrivateSwitchEndsWithItsProvider() throws InterruptedException {
        Set<Thread> before = ClockThreads.live();
        SimSwitch own = SimSwitch.createPrivate(plan);
        SimBackend backend = own.attach();
        backend.start(signals);
        own.clock().schedule(Duration.ofHours(1), () -> { });
        Set<Thread> started = ClockThreads.startedSince(before);
        assertThat(started).hasSize(1);

        backend.stop();

        assertThat(ClockThreads.allEnd(started)).isTrue();
        assertThatThrownBy(own::attach).isInstanceOf(IllegalStateException.class)
                .hasMessage("private sim switch has served its provider, which shut down; create another");
    }

    @Test
    void stoppingANamedSwitchsBackendLeavesItsClockRunning() {
        SimSwitch lab = create("SimSwitchTest-clock");
        attachAndStart(lab).stop();

        clock.schedule(Duration.ofSeconds(1), () -> { });

        assertThat(clock.pending()).isOne();
    }

    @Test
    void anIncomingCallReachesTheProviderWithANewLeg() {
        SimSwitch lab = create("SimSwitchTest-call");
        attachAndStart(lab);

        lab.call("5550101", "2001");
        lab.call("5559999", "2001");

        assertThat(signals.received()).hasSize(2);
        String[] first = signals.received().get(0).split(" ");
        String[] second = signals.received().get(1).split(" ");
        assertThat(first).containsExactly("incoming", first[1], "5550101", "2001");
        assertThat(second).containsExactly("incoming", second[1], "5559999", "2001");
        assertThat(Long.parseLong(second[1])).isGreaterThan(Long.parseLong(first[1]));
    }

    @Test
    void anIncomingCallMustComeFromBeyondTheSwitchToALocalAddress() {
        SimSwitch lab = create("SimSwitchTest-badcall");
        attachAndStart(lab);

        assertThatThrownBy(() -> lab.call("2001", "2001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the caller '2001' is not an external number: "
                        + "it must be all digits and not a local address");
        assertThatThrownBy(() -> lab.call("12a", "2001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lab.call("5550101", "2002")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2002' is not a local address of this switch");
        assertThatThrownBy(() -> lab.call(null, "2001")).hasMessage("externalNumber");
        assertThatThrownBy(() -> lab.call("5550101", null)).hasMessage("localAddress");
        assertThat(signals.received()).isEmpty();
    }

    @Test
    void anIncomingCallNeedsARunningProvider() {
        SimSwitch lab = create("SimSwitchTest-noprovider");

        assertThatThrownBy(() -> lab.call("5550101", "2001")).isInstanceOf(IllegalStateException.class)
                .hasMessage("sim switch SimSwitchTest-noprovider has no provider attached");

        SimBackend backend = lab.attach();
        backends.add(backend);
        assertThatThrownBy(() -> lab.call("5550101", "2001")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the provider using sim switch SimSwitchTest-noprovider has not started or has shut down");

        backend.start(signals);
        backend.stop();
        assertThatThrownBy(() -> lab.call("5550101", "2001")).isInstanceOf(IllegalStateException.class)
                .hasMessage("sim switch SimSwitchTest-noprovider has no provider attached");
    }

    @Test
    void onlyANumberSomePartyCanHaveIsAParty() {
        SimSwitch lab = create("SimSwitchTest-party");

        assertThat(lab.party("2001").number()).isEqualTo("2001");
        assertThat(lab.party("5551234").number()).isEqualTo("5551234");
        assertThatThrownBy(() -> lab.party("12a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12a' is neither a local address of this switch nor an all-digit external number");
        assertThatThrownBy(() -> lab.party(null)).hasMessage("number");
    }

    @Test
    void aNamedSwitchSaysItsName() {
        assertThat(create("SimSwitchTest-name")).hasToString("sim switch SimSwitchTest-name");
    }
}
