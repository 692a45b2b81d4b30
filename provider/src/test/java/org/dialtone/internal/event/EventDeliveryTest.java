package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventDeliveryTest {
    private final EventDelivery delivery = new EventDelivery("test");

    @AfterEach
    void stop() {
        delivery.stop(5_000);
    }

    @Test
    void callbacksOfOneSubscriberRunInQueueOrderOffTheCallersThread() throws InterruptedException {
        EventDelivery.Queue queue = delivery.newQueue("listener");
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            queue.add(() -> {
                seen.add(n);
                threads.add(Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isSorted().hasSize(1000);
        assertThat(threads).allMatch(name -> name.startsWith("dialtone-events-test-"));
    }

    @Test
    void aStuckSubscriberDoesNotHoldUpAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherDelivered = new CountDownLatch(1);
        delivery.newQueue("stuck").add(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        delivery.newQueue("other").add(otherDelivered::countDown);

        assertThat(otherDelivered.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void aThrowingCallbackDoesNotStopTheEventsAfterIt() throws InterruptedException {
        EventDelivery.Queue queue = delivery.newQueue("clumsy");
        CountDownLatch next = new CountDownLatch(1);

        queue.add(() -> {
            throw new IllegalStateException("application bug");
        });
        queue.add(next::countDown);

        assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stopLetsQueuedCallbacksFinishAndEndsEveryThread() {
        EventDelivery.Queue queue = delivery.newQueue("late");
        List<Integer> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            queue.add(() -> seen.add(n));
        }

        delivery.stop(5_000);

        assertThat(delivery.isStopped()).isTrue();
        assertThat(seen).hasSize(100);
        queue.add(() -> seen.add(-1));
        assertThat(seen).hasSize(100);
    }

    @Test
    void stopCalledFromACallbackReturnsWithoutWaitingForThatCallback() throws InterruptedException {
        CountDownLatch returned = new CountDownLatch(1);

        // Were stop to wait for its own thread, it would return only after the minute it is given.
        delivery.newQueue("quitter").add(() -> {
            delivery.stop(60_000);
            returned.countDown();
        });

        assertThat(returned.await(5, TimeUnit.SECONDS)).isTrue();
        delivery.stop(5_000);
        assertThat(delivery.isStopped()).isTrue();
    }
}
