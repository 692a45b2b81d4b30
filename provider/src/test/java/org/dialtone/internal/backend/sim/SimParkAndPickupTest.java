package org.dialtone.internal.backend.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.Topology;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sim switch's side of park and pickup: orbit legs, the park recall timer, picked legs. */
class SimParkAndPickupTest {
    private final SwitchPlan plan = SwitchPlan.builder()
            .address("2001").address("2002").address("2003")
            .terminal("2001", "2001").terminal("2002", "2002").terminal("2003", "2003")
            .parkOrbit("7001").parkOrbit("7002")
            .pickupGroup("sales", "2002", "2003")
            .parkRecall(Duration.ofSeconds(90))
            .build();
    private final ManualClock clock = new ManualClock();
    private final RecordingSignals signals = new RecordingSignals();
    private final SimBackend backend = new SimBackend(plan, clock, false, new SimBackend.Host() {
        @Override
        public Optional<PartyBehaviour> scriptOf(String number) {
            return number.equals("2003") ? Optional.of(PartyBehaviour.NO_ANSWER) : Optional.empty();
        }

        @Override
        public Duration noAnswerTimeout() {
            return Duration.ofSeconds(30);
        }

        @Override
        public void stopped(SimBackend stopped) {
        }
    });

    @BeforeEach
    void start() {
        backend.start(signals);
        signals.clear();
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void topologyNamesTheParkOrbitsAndPickupGroups() {
        Topology topology = backend.topology();

        assertThat(topology.parkOrbits()).containsExactly("7001", "7002");
        assertThat(topology.pickupGroups()).isEqualTo(Map.of("sales", List.of("2002", "2003")));
        assertThat(topology.pickupGroupOf("2003")).isEqualTo("sales");
        assertThat(topology.pickupGroupOf("2001")).isNull();
    }

    @Test
    void aParkedCallIsRecalledWhenThePlansRecallTimeRunsOut() {
        backend.park(1, 2, "7001");

        clock.advance(Duration.ofSeconds(89));
        assertThat(signals.received()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(signals.received()).containsExactly("parkRecall 2");
        clock.advance(Duration.ofHours(1));
        assertThat(signals.received()).containsExactly("parkRecall 2");
    }

    @Test
    void aParkedCallPickedUpOrEndedInTimeIsNotRecalled() {
        backend.park(1, 2, "7001");
        backend.park(3, 4, "7002");

        backend.pickup(2, 5, "2001", "2001");
        backend.release(4, Ev.CAUSE_NORMAL);
        clock.advance(Duration.ofSeconds(90));

        assertThat(signals.received()).isEmpty();
        assertThat(clock.pending()).isZero();
    }

    @Test
    void pickingUpARingingLegEndsItsNoAnswerTimer() {
        backend.offer(1, "2001", "2003");
        assertThat(signals.received()).containsExactly("alerting 1");

        backend.pickup(1, 2, "2002", "2002");
        clock.advance(Duration.ofSeconds(30));

        assertThat(signals.received()).containsExactly("alerting 1");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void stoppingCancelsTheRecall() {
        backend.park(1, 2, "7001");

        backend.stop();

        assertThat(clock.pending()).isZero();
        clock.advance(Duration.ofSeconds(90));
        assertThat(signals.received()).isEmpty();
    }

    @Test
    void parkingAnywhereButAParkOrbitOrPickingUpOntoANumberBeyondTheSwitchIsABug() {
        assertThatThrownBy(() -> backend.park(1, 2, "2001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot park leg 1 at '2001', which is not a park orbit");
        assertThatThrownBy(() -> backend.pickup(1, 2, "5550100", "2001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pick up leg 1 at '5550100', which is not a local address");
        backend.park(1, 2, "7001");
        assertThatThrownBy(() -> backend.park(3, 2, "7002")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leg 2 is already in a call on this switch");
    }
}
