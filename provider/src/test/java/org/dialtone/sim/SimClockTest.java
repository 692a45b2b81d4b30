package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dialtone.internal.backend.sim.ClockThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real-time clock, {@link SimClock#system()}. */
class SimClockTest {
    private final Set<Thread> before = ClockThreads.live();
    private final SimClock clock = SimClock.system();
    private final BlockingQueue<String> ran = new ArrayBlockingQueue<>(10);

    @AfterEach
    void closeClock() {
        clock.close();
    }

    private String nextRun() throws InterruptedException {
        return ran.poll(5, TimeUnit.SECONDS);
    }

    @Test
    void nowIsTheRealTime() {
        Instant earliest = Instant.now();
        Instant now = clock.now();

        assertThat(now).isBetween(earliest, Instant.now());
    }

    @Test
    void startsNoThreadBeforeItsFirstTimer() {
        assertThat(ClockThreads.startedSince(before)).isEmpty();
    }

    @Test
    void runsTasksOnOneDaemonThreadNamedDialtoneSimClock() throws InterruptedException {
        clock.schedule(Duration.ZERO, () -> ran.add(Thread.currentThread().getName()));
        clock.schedule(Duration.ofMillis(1), () -> ran.add(Thread.currentThread().isDaemon() ? "daemon" : "user"));

        assertThat(nextRun()).isEqualTo("dialtone-sim-clock");
        assertThat(nextRun()).isEqualTo("daemon");
        assertThat(ClockThreads.startedSince(before)).hasSize(1);
    }

    @Test
    void aCancelledTaskDoesNotRun() throws InterruptedException {
        AtomicBoolean cancelledRan = new AtomicBoolean();
        SimClock.Timer timer = clock.schedule(Duration.ofMillis(20), () -> cancelledRan.set(true));
        clock.schedule(Duration.ofMillis(40), () -> ran.add("later"));

        timer.cancel();

        assertThat(nextRun()).isEqualTo("later"); // one thread, in due order: the cancelled one had its turn
        assertThat(cancelledRan).isFalse();
    }

    @Test
    void aTaskThatThrowsDoesNotStopLaterTasks() throws InterruptedException {
        clock.schedule(Duration.ZERO, () -> {
            throw new IllegalStateException("a failing task");
        });
        clock.schedule(Duration.ofMillis(1), () -> ran.add("later"));

        assertThat(nextRun()).isEqualTo("later");
    }

    @Test
    void closeEndsTheThreadForGood() throws InterruptedException {
        clock.schedule(Duration.ofHours(1), () -> ran.add("an hour later"));
        Set<Thread> started = ClockThreads.startedSince(before);
        assertThat(started).hasSize(1);

        clock.close();
        clock.close();

        assertThat(ClockThreads.allEnd(started)).isTrue();
        SimClock.Timer late = clock.schedule(Duration.ZERO, () -> ran.add("after close"));
        late.cancel();
        assertThat(ClockThreads.startedSince(before)).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void aTaskMayCloseItsOwnClock() throws InterruptedException {
        clock.schedule(Duration.ZERO, () -> {
            clock.close();
            ran.add("closed");
        });
        assertThat(nextRun()).isEqualTo("closed");

        assertThat(ClockThreads.allEnd(ClockThreads.startedSince(before))).isTrue();
    }

    @Test
    void negativeDelaysAreRefused() {
        assertThatThrownBy(() -> clock.schedule(Duration.ofSeconds(-1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("delay PT-1S is negative");
        assertThat(ClockThreads.startedSince(before)).isEmpty();
    }
}
