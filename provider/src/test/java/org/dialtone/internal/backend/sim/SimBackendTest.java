package org.dialtone.internal.backend.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.Topology;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SimClock;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimBackendTest {
    private static final int BUSY = CallCtlEv.CAUSE_BUSY;
    private static final int NOT_ANSWERED = CallCtlEv.CAUSE_CALL_NOT_ANSWERED;
    private static final int CANCELLED = Ev.CAUSE_CALL_CANCELLED;
    private static final int NOT_OBTAINABLE = Ev.CAUSE_DEST_NOT_OBTAINABLE;

    private final SwitchPlan plan = SwitchPlan.builder()
            .address("2001")
            .address("2002")
            .routePoint("4000")
            .parkOrbit("4100")
            .terminal("2001", "2001")
            .terminal("desk-2002", "2002")
            .terminal("soft-2002", "2002")
            .external("5550100", ExternalBehaviour.answerAfter(Duration.ofSeconds(2)))
            .external("5550101", ExternalBehaviour.ANSWER)
            .external("5550199", ExternalBehaviour.BUSY)
            .external("5550150", ExternalBehaviour.REJECT)
            .external("5550000", ExternalBehaviour.UNKNOWN)
            .build();
    private final ManualClock clock = new ManualClock();
    private final FakeHost host = new FakeHost();
    private final RecordingSignals signals = new RecordingSignals();
    private final SimBackend backend = new SimBackend(plan, clock, false, host);

    @AfterEach
    void stopBackend() {
        backend.stop();
    }

    /** The switch side of the backend: scripts, timeout, and how often it heard of a stop. */
    private static final class FakeHost implements SimBackend.Host {
        final Map<String, PartyBehaviour> scripts = new ConcurrentHashMap<>();
        volatile Duration timeout = Duration.ofSeconds(30);
        volatile Duration forwardAfter = Duration.ofSeconds(15);
        final AtomicInteger stops = new AtomicInteger();

        @Override
        public Optional<PartyBehaviour> scriptOf(String number) {
            return Optional.ofNullable(scripts.get(number));
        }

        @Override
        public Duration noAnswerTimeout() {
            return timeout;
        }

        @Override
        public Duration forwardNoAnswerAfter() {
            return forwardAfter;
        }

        @Override
        public void stopped(SimBackend stoppedBackend) {
            stops.incrementAndGet();
        }
    }

    private void start() {
        backend.start(signals);
        signals.clear();
    }

    @Test
    void topologyHasThePlansAddressesAndTerminalsInOrder() {
        Topology topology = backend.topology();

        assertThat(topology.addresses()).containsExactly("2001", "2002", "4000", "4100");
        assertThat(topology.terminals()).containsExactly("2001", "desk-2002", "soft-2002");
        assertThat(topology.terminalsOf("2002")).containsExactly("desk-2002", "soft-2002");
        assertThat(topology.terminalsOf("4000")).isEmpty();
    }

    @Test
    void startReportsInServiceAtOnce() {
        backend.start(signals);

        assertThat(signals.received()).containsExactly("inService");
    }

    @Test
    void startingTwiceIsRefused() {
        backend.start(signals);

        assertThatThrownBy(() -> backend.start(signals)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("starts once");
    }

    @Test
    void everyNumberButOneNoPartyCanHaveIsDialable() {
        assertThat(backend.isDialable("2001")).isTrue();
        assertThat(backend.isDialable("5550000")).isTrue();
        assertThat(backend.isDialable("5551234")).isTrue();
        assertThat(backend.isDialable("12a")).isFalse();
        assertThat(backend.isDialable("")).isFalse();
    }

    @Test
    void routedCallToAnAnsweringPartyIsReachedAlertedAndAnsweredAtOnce() {
        start();

        backend.route(1, "2001", "5550101");

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1", "answered 1 null");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void routedCallToAPartyThatAnswersAfterADelayIsAnsweredWhenTheDelayHasPassed() {
        start();

        backend.route(1, "2001", "5550100");
        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");

        clock.advance(Duration.ofMillis(1999));
        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");

        clock.advance(Duration.ofMillis(1));
        assertThat(signals.received()).containsExactly("reached 1", "alerting 1", "answered 1 null");
    }

    @Test
    void routedCallToAPartyThatDoesNotAnswerFailsWhenTheNoAnswerTimeoutEnds() {
        start();

        backend.route(1, "2001", "5551234");
        clock.advance(Duration.ofSeconds(29));
        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(signals.received()).containsExactly("reached 1", "alerting 1", "failed 1 " + NOT_ANSWERED);
    }

    @Test
    void routedCallToABusyPartyFailsAtOnceWithoutBeingReached() {
        start();

        backend.route(1, "2001", "5550199");

        assertThat(signals.received()).containsExactly("failed 1 " + BUSY);
    }

    @Test
    void routedCallToARejectingPartyIsReachedAlertedAndCancelled() {
        start();

        backend.route(1, "2001", "5550150");

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1", "failed 1 " + CANCELLED);
    }

    @Test
    void routedCallToAnUnknownNumberFailsAsNotObtainable() {
        start();

        backend.route(1, "2001", "5550000");

        assertThat(signals.received()).containsExactly("failed 1 " + NOT_OBTAINABLE);
    }

    @Test
    void routedCallToANumberNoPartyCanHaveFailsAsNotObtainable() {
        start();

        backend.route(1, "2001", "12a");

        assertThat(signals.received()).containsExactly("failed 1 " + NOT_OBTAINABLE);
    }

    @Test
    void aScriptOverridesThePlannedBehaviourOfAnExternalNumber() {
        start();
        host.scripts.put("5550101", PartyBehaviour.BUSY);

        backend.route(1, "2001", "5550101");

        assertThat(signals.received()).containsExactly("failed 1 " + BUSY);
    }

    @Test
    void anExternalPartyScriptedToRingRingsUntilReleased() {
        start();
        host.scripts.put("5551234", PartyBehaviour.RING);

        backend.route(1, "2001", "5551234");
        clock.advance(Duration.ofDays(1));

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void routingToALocalAddressIsRefused() {
        start();

        assertThatThrownBy(() -> backend.route(1, "2001", "2002")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot route leg 1 to local address '2002'; offer it instead");
        assertThat(signals.received()).isEmpty();
    }

    @Test
    void offeredCallWithoutAScriptRingsUntilTheApplicationAnswers() {
        start();

        backend.offer(1, "5550100", "2001");
        clock.advance(Duration.ofDays(1));
        assertThat(signals.received()).containsExactly("alerting 1");
        assertThat(clock.pending()).isZero();

        backend.answer(1, "2001");
        assertThat(signals.received()).containsExactly("alerting 1");
    }

    @Test
    void offeredCallToAPartyThatAnswersIsAnsweredAtTheFirstTerminalOfItsAddress() {
        start();
        host.scripts.put("2002", PartyBehaviour.ANSWER);

        backend.offer(1, "5550100", "2002");

        assertThat(signals.received()).containsExactly("alerting 1", "answered 1 desk-2002");
    }

    @Test
    void offeredCallToAPartyThatAnswersAfterADelayIsAnsweredWhenTheDelayHasPassed() {
        start();
        host.scripts.put("2001", PartyBehaviour.answerAfter(Duration.ofSeconds(3)));

        backend.offer(1, "5550100", "2001");
        clock.advance(Duration.ofMillis(2999));
        assertThat(signals.received()).containsExactly("alerting 1");

        clock.advance(Duration.ofMillis(1));
        assertThat(signals.received()).containsExactly("alerting 1", "answered 1 2001");
    }

    @Test
    void offeredCallToABusyPartyFailsAtOnce() {
        start();
        host.scripts.put("2001", PartyBehaviour.BUSY);

        backend.offer(1, "5550100", "2001");

        assertThat(signals.received()).containsExactly("failed 1 " + BUSY);
    }

    @Test
    void offeredCallToAPartyThatDoesNotAnswerFailsWhenTheNoAnswerTimeoutEnds() {
        start();
        host.scripts.put("2001", PartyBehaviour.NO_ANSWER);

        backend.offer(1, "5550100", "2001");
        clock.advance(Duration.ofMillis(29_999));
        assertThat(signals.received()).containsExactly("alerting 1");

        clock.advance(Duration.ofMillis(1));
        assertThat(signals.received()).containsExactly("alerting 1", "failed 1 " + NOT_ANSWERED);
    }

    @Test
    void offeredCallToARejectingPartyRingsAndIsCancelled() {
        start();
        host.scripts.put("2001", PartyBehaviour.REJECT);

        backend.offer(1, "5550100", "2001");

        assertThat(signals.received()).containsExactly("alerting 1", "failed 1 " + CANCELLED);
    }

    @Test
    void offerToAnAddressNoTerminalCarriesRingsByDefault() {
        start();

        backend.offer(1, "5550100", "4100");

        assertThat(signals.received()).containsExactly("alerting 1");
    }

    @Test
    void offerToARoutePointIsOfferedForTheApplicationToRoute() {
        start();

        backend.offer(1, "5550100", "4000");

        assertThat(signals.received()).containsExactly("offered 1");
    }

    @Test
    void offeringToANumberThatIsNotLocalIsRefused() {
        start();

        assertThatThrownBy(() -> backend.offer(1, "2001", "5550100")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot offer leg 1 to '5550100', which is not a local address; route it instead");
    }

    @Test
    void aLegAlreadyInACallCannotBeUsedAgain() {
        start();
        backend.offer(1, "5550100", "2001");

        assertThatThrownBy(() -> backend.route(1, "2001", "5551234")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leg 1 is already in a call on this switch");
    }

    @Test
    void theNoAnswerTimeoutIsTheHostsWhenRingingStarts() {
        start();
        host.timeout = Duration.ofSeconds(5);
        backend.route(1, "2001", "5551234");
        host.timeout = Duration.ofSeconds(60);
        backend.route(2, "2001", "5551234");

        clock.advance(Duration.ofSeconds(5));
        assertThat(signals.received()).endsWith("failed 1 " + NOT_ANSWERED);

        clock.advance(Duration.ofSeconds(55));
        assertThat(signals.received()).endsWith("failed 1 " + NOT_ANSWERED, "failed 2 " + NOT_ANSWERED);
    }

    @Test
    void releasingARingingLegCancelsItsPendingAnswer() {
        start();
        backend.route(1, "2001", "5550100");

        backend.release(1, Ev.CAUSE_NORMAL);
        clock.advance(Duration.ofSeconds(10));

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void releasingARingingLegCancelsItsNoAnswerTimeout() {
        start();
        host.scripts.put("2001", PartyBehaviour.NO_ANSWER);
        backend.offer(1, "5550100", "2001");

        backend.release(1, Ev.CAUSE_NORMAL);
        clock.advance(Duration.ofMinutes(1));

        assertThat(signals.received()).containsExactly("alerting 1");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void answeringCancelsTheNoAnswerTimeout() {
        start();
        host.scripts.put("2001", PartyBehaviour.NO_ANSWER);
        backend.offer(1, "5550100", "2001");

        backend.answer(1, "2001");
        clock.advance(Duration.ofMinutes(1));

        assertThat(signals.received()).containsExactly("alerting 1");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void aTimerThatFiresAfterTheLegWasReleasedSendsNothing() {
        SimBackend careless = new SimBackend(plan, new UncancellableClock(clock), false, host);
        careless.start(signals);
        signals.clear();
        careless.route(1, "2001", "5550100");

        careless.release(1, Ev.CAUSE_NORMAL);
        assertThat(clock.pending()).isOne();
        clock.advance(Duration.ofSeconds(10));

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1");
        careless.stop();
    }

    @Test
    void aTimerThatFiresAfterTheLegWasAnsweredSendsNothing() {
        SimBackend careless = new SimBackend(plan, new UncancellableClock(clock), false, host);
        careless.start(signals);
        signals.clear();
        host.scripts.put("2001", PartyBehaviour.NO_ANSWER);
        careless.offer(1, "5550100", "2001");

        careless.answer(1, "2001");
        clock.advance(Duration.ofMinutes(1));

        assertThat(signals.received()).containsExactly("alerting 1");
        careless.stop();
    }

    @Test
    void commandsBeforeStartAreIgnored() {
        backend.route(1, "2001", "5550101");
        backend.offer(2, "5550100", "2001");

        backend.start(signals);

        assertThat(signals.received()).containsExactly("inService");
    }

    @Test
    void stopCancelsTimersAndLaterCommandsAreIgnored() {
        start();
        backend.route(1, "2001", "5550100");
        backend.route(2, "2001", "5551234");

        backend.stop();
        backend.route(3, "2001", "5550101");
        backend.offer(4, "5550100", "2001");
        backend.answer(1, null);
        backend.release(2, Ev.CAUSE_NORMAL);
        clock.advance(Duration.ofMinutes(1));

        assertThat(signals.received()).containsExactly("reached 1", "alerting 1", "reached 2", "alerting 2");
        assertThat(clock.pending()).isZero();
    }

    @Test
    void stopIsIdempotentAndTellsTheHostOnce() {
        start();

        backend.stop();
        backend.stop();

        assertThat(host.stops).hasValue(1);
    }

    @Test
    void aStoppedBackendCannotStartAgain() {
        backend.stop();

        assertThatThrownBy(() -> backend.start(signals)).isInstanceOf(IllegalStateException.class);
        assertThat(signals.received()).isEmpty();
    }

    @Test
    void stopLeavesAClockItDoesNotOwnRunning() {
        start();

        backend.stop();
        clock.schedule(Duration.ofSeconds(1), () -> { });

        assertThat(clock.pending()).isOne();
    }

    @Test
    void stopEndsTheThreadOfTheSystemClockItOwns() throws InterruptedException {
        Set<Thread> before = ClockThreads.live();
        SimClock system = SimClock.system();
        SimBackend owner = new SimBackend(plan, system, true, host);
        owner.start(signals);
        owner.route(1, "2001", "5550100"); // schedules the answer, which starts the clock's thread
        Set<Thread> started = ClockThreads.startedSince(before);
        assertThat(started).hasSize(1);

        owner.stop();
        owner.stop();

        assertThat(ClockThreads.allEnd(started)).isTrue();
    }

    @Test
    void reportSendsOnlyWhileRunning() {
        assertThat(backend.report(s -> s.phoneAnswered("2001", "2001"))).isFalse();
        start();

        assertThat(backend.report(s -> s.phoneAnswered("2001", "2001"))).isTrue();
        backend.stop();
        assertThat(backend.report(s -> s.phoneAnswered("2001", "2001"))).isFalse();

        assertThat(signals.received()).containsExactly("phoneAnswered 2001 2001");
    }

    @Test
    void partyBehaviourMapsEveryExternalBehaviour() {
        assertThat(PartyBehaviour.of(ExternalBehaviour.answerAfter(Duration.ofSeconds(2))))
                .isEqualTo(PartyBehaviour.answerAfter(Duration.ofSeconds(2)));
        assertThat(PartyBehaviour.of(ExternalBehaviour.ANSWER)).isEqualTo(PartyBehaviour.ANSWER);
        assertThat(PartyBehaviour.of(ExternalBehaviour.BUSY)).isEqualTo(PartyBehaviour.BUSY);
        assertThat(PartyBehaviour.of(ExternalBehaviour.NO_ANSWER)).isEqualTo(PartyBehaviour.NO_ANSWER);
        assertThat(PartyBehaviour.of(ExternalBehaviour.REJECT)).isEqualTo(PartyBehaviour.REJECT);
        assertThat(PartyBehaviour.of(ExternalBehaviour.UNKNOWN)).isEqualTo(PartyBehaviour.UNKNOWN);
        assertThatThrownBy(() -> new PartyBehaviour(PartyBehaviour.Kind.BUSY, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("BUSY takes no answer delay, got PT1S");
    }

    /** A clock whose timers cannot be cancelled: a timer that was due to be cancelled fires anyway. */
    private static final class UncancellableClock implements SimClock {
        private final ManualClock inner;

        UncancellableClock(ManualClock inner) {
            this.inner = inner;
        }

        @Override
        public Instant now() {
            return inner.now();
        }

        @Override
        public Timer schedule(Duration delay, Runnable task) {
            inner.schedule(delay, task);
            return () -> { };
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
