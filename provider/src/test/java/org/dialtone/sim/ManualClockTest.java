package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private final ManualClock clock = new ManualClock();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    private SimClock.Timer record(long delayMillis, String name) {
        return clock.schedule(Duration.ofMillis(delayMillis), () -> ran.add(name));
    }

    @Test
    void startsAtTheFirstInstantOf2026UnlessGivenAStart() {
        Instant start = Instant.parse("2030-06-01T12:00:00Z");

        assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(new ManualClock(start).now()).isEqualTo(start);
    }

    @Test
    void timeMovesOnlyByAdvance() {
        Instant start = clock.now();

        clock.advance(Duration.ofSeconds(90));

        assertThat(clock.now()).isEqualTo(start.plusSeconds(90));
    }

    @Test
    void advanceRunsTasksInTheOrderTheyFallDue() {
        record(300, "c");
        record(100, "a");
        record(200, "b");

        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void tasksDueAtTheSameInstantRunInTheOrderTheyWereScheduled() {
        record(100, "first");
        record(50, "earlier");
        record(100, "second");
        record(100, "third");

        clock.advance(Duration.ofMillis(100));

        assertThat(ran).containsExactly("earlier", "first", "second", "third");
    }

    @Test
    void aTaskNotYetDueStaysPending() {
        record(100, "due");
        record(101, "later");

        clock.advance(Duration.ofMillis(100));

        assertThat(ran).containsExactly("due");
        assertThat(clock.pending()).isOne();
    }

    @Test
    void aTaskRunsOnTheAdvancingThreadAndSeesItsDueTimeAsNow() {
        Instant start = clock.now();
        List<Object> seen = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(2), () -> {
            seen.add(Thread.currentThread());
            seen.add(clock.now());
        });

        clock.advance(Duration.ofSeconds(5));

        assertThat(seen).containsExactly(Thread.currentThread(), start.plusSeconds(2));
        assertThat(clock.now()).isEqualTo(start.plusSeconds(5));
    }

    @Test
    void aTaskScheduledByATaskRunsInTheSameAdvanceIfItFallsDueWithinTheSpan() {
        clock.schedule(Duration.ofSeconds(1), () -> {
            ran.add("outer");
            record(2_000, "inner, at 3 s");
            record(5_000, "inner, at 6 s");
        });
        record(4_000, "at 4 s");

        clock.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("outer", "inner, at 3 s", "at 4 s");
        assertThat(clock.pending()).isOne();

        clock.advance(Duration.ofSeconds(1));
        assertThat(ran).endsWith("inner, at 6 s");
    }

    @Test
    void aTaskScheduledByATaskWithNoDelayRunsBeforeLaterTasks() {
        clock.schedule(Duration.ofSeconds(1), () -> {
            ran.add("outer");
            record(0, "inner");
        });
        record(1_000, "tie, scheduled before inner");
        record(1_001, "later");

        clock.advance(Duration.ofSeconds(2));

        assertThat(ran).containsExactly("outer", "tie, scheduled before inner", "inner", "later");
    }

    @Test
    void aZeroDelayTaskRunsOnAZeroAdvance() {
        record(0, "now");

        assertThat(ran).isEmpty();
        clock.advance(Duration.ZERO);

        assertThat(ran).containsExactly("now");
    }

    @Test
    void aCancelledTaskNeverRuns() {
        SimClock.Timer timer = record(100, "cancelled");
        record(200, "kept");

        timer.cancel();
        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("kept");
        timer.cancel(); // harmless after the fact
    }

    @Test
    void aTaskCanCancelALaterOne() {
        SimClock.Timer[] later = new SimClock.Timer[1];
        clock.schedule(Duration.ofMillis(100), () -> later[0].cancel());
        later[0] = record(200, "later");

        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).isEmpty();
    }

    @Test
    void aTaskThatThrowsStopsTheAdvanceAtItsDueTime() {
        Instant start = clock.now();
        clock.schedule(Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("boom");
        });
        record(2_000, "after");

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(5))).hasMessage("boom");

        assertThat(clock.now()).isEqualTo(start.plusSeconds(1));
        assertThat(clock.pending()).isOne();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("after");
    }

    @Test
    void negativeDelaysAndSpansAreRefused() {
        assertThatThrownBy(() -> clock.schedule(Duration.ofMillis(-1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("delay PT-0.001S is negative");
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("span PT-1S is negative");
    }

    @Test
    void missingArgumentsAreNamed() {
        assertThatThrownBy(() -> clock.schedule(null, () -> { })).hasMessage("delay");
        assertThatThrownBy(() -> clock.schedule(Duration.ZERO, null)).hasMessage("task");
        assertThatThrownBy(() -> new ManualClock(null)).hasMessage("start");
    }

    @Test
    void aDelayBeyondTheEndOfTimeNeverFallsDue() {
        record(0, "now");
        clock.schedule(Duration.ofSeconds(Long.MAX_VALUE), () -> ran.add("never"));

        clock.advance(Duration.ofDays(365 * 1000));

        assertThat(ran).containsExactly("now");
    }

    @Test
    void closeDropsPendingTasksAndLaterOnesAreNotScheduled() {
        record(100, "dropped");

        clock.close();
        SimClock.Timer late = record(0, "late");
        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).isEmpty();
        assertThat(clock.pending()).isZero();
        late.cancel();
    }

    @Test
    void manyThreadsMayScheduleAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        record(i, "task");
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(clock.pending()).isEqualTo(2000);
        clock.advance(Duration.ofSeconds(1));
        assertThat(ran).hasSize(2000);
    }
}
