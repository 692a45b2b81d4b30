package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.telephony.InvalidStateException;
import javax.telephony.PlatformException;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelLoopTest {
    private final ModelLoop loop = new ModelLoop("test", 2_000);

    @AfterEach
    void stopLoop() {
        loop.stop();
    }

    @Test
    void commandRunsOnTheLoopThreadAndReturnsItsResult() {
        String threadName = loop.call(() -> Thread.currentThread().getName());

        assertThat(threadName).isEqualTo("dialtone-model-test");
    }

    @Test
    void checkedJtapiExceptionFromTheCommandReachesTheCallerUnchanged() {
        InvalidStateException thrown = new InvalidStateException(null, InvalidStateException.CALL_OBJECT, 34, "call is INVALID");

        assertThatThrownBy(() -> loop.call(() -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void commandCalledFromTheLoopRunsAtOnceInsteadOfDeadlocking() {
        String inner = loop.call(() -> loop.call(() -> "nested"));

        assertThat(inner).isEqualTo("nested");
    }

    @Test
    void postedTasksRunInOrder() throws InterruptedException {
        StringBuilder order = new StringBuilder();
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 5; i++) {
            int n = i;
            loop.post(() -> order.append(n));
        }
        loop.post(done::countDown);

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(loop.call(order::toString)).isEqualTo("01234");
    }

    @Test
    void commandThatOutlivesTheTimeoutIsAPlatformException() throws InterruptedException {
        ModelLoop slow = new ModelLoop("slow", 50);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> slow.call(() -> release.await(5, TimeUnit.SECONDS)))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("within 50 ms");
        } finally {
            release.countDown();
            slow.stop();
        }
        assertThat(slow.isStopped()).isTrue();
    }

    @Test
    void afterStopCommandsAreRefusedAndSignalsDropped() {
        AtomicReference<String> ran = new AtomicReference<>();
        loop.stop();

        loop.post(() -> ran.set("signal"));

        assertThat(loop.isStopped()).isTrue();
        assertThat(ran).hasNullValue();
        assertThatThrownBy(() -> loop.call(() -> "x"))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("shut down");
    }
}
