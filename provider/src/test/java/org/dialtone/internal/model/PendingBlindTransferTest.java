package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A blind transfer whose destination takes its time: the backend here says nothing until the test
 * makes it, so the call can change, or the provider shut down, while the transfer waits for the
 * destination. The transfer then completes with whatever the destination said first, or is refused
 * and the destination's leg hung up.
 */
class PendingBlindTransferTest {
    private final QuietBackend backend = new QuietBackend();
    private final ProviderImpl provider = new ProviderImpl("quiet", backend.backend);
    private final Recorder observer = new Recorder();
    private CallControlCall call;
    private Connection[] parts;

    @BeforeEach
    void talk() throws Exception {
        provider.start();
        provider.getAddress("1001").addCallObserver(observer);
        call = (CallControlCall) provider.createCall();
        parts = call.connect(provider.getTerminal("1001"), provider.getAddress("1001"), "1002");
        backend.signals.alerting(backend.offered.poll(5, TimeUnit.SECONDS));
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
    }

    @AfterEach
    void shutDown() {
        provider.shutdown();
    }

    /** Starts a blind transfer to 1003 on another thread; returns it and the leg offered to 1003. */
    private CompletableFuture<Connection> transferTo1003(long[] leg) throws Exception {
        CompletableFuture<Connection> transfer = CompletableFuture.supplyAsync(() -> {
            try {
                return call.transfer("1003");
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Long offered = backend.offered.poll(5, TimeUnit.SECONDS);
        assertThat(offered).as("the destination's leg").isNotNull();
        leg[0] = offered;
        return transfer;
    }

    @Test
    void nothingChangesUntilTheDestinationSpeaksAndAnAnswerJoinsItTalking() throws Exception {
        long[] leg = new long[1];
        CompletableFuture<Connection> transfer = transferTo1003(leg);

        assertThat(transfer).isNotDone();
        assertThat(SimLab.describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        backend.signals.answered(leg[0], "1003");

        Connection joined = transfer.get(5, TimeUnit.SECONDS);
        assertThat(SimLab.describe(joined)).isEqualTo("1003 ESTABLISHED [1003 TALKING]");
        assertThat(SimLab.describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertThat(backend.commands()).contains("transfer [" + legOf(parts[1]) + "] to [" + leg[0] + "]",
                "release " + legOf(parts[0]));
    }

    @Test
    void theCallEndingWhileTheDestinationRingsRefusesTheTransferAndHangsTheDestinationUp() throws Exception {
        long[] leg = new long[1];
        CompletableFuture<Connection> transfer = transferTo1003(leg);
        parts[1].disconnect();

        backend.signals.alerting(leg[0]);

        assertThat(refusal(transfer)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("the call ended before the transfer destination answered");
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(backend.commands()).contains("release " + leg[0]).noneMatch(c -> c.startsWith("transfer"));
    }

    @Test
    void theControllerGoingOnHoldMeanwhileRefusesTheTransfer() throws Exception {
        long[] leg = new long[1];
        CompletableFuture<Connection> transfer = transferTo1003(leg);
        ((javax.telephony.callcontrol.CallControlTerminalConnection) parts[0].getTerminalConnections()[0]).hold();

        backend.signals.reached(leg[0]);

        assertThat(refusal(transfer)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("stopped talking");
        assertThat(SimLab.describe(call)).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void aShutdownWhileTheDestinationRingsRefusesTheTransfer() throws Exception {
        long[] leg = new long[1];
        CompletableFuture<Connection> transfer = transferTo1003(leg);

        provider.shutdown();

        assertThat(refusal(transfer)).isInstanceOf(InvalidStateException.class).hasMessageContaining("SHUTDOWN");
    }

    private static Throwable refusal(CompletableFuture<Connection> transfer) throws Exception {
        try {
            transfer.get(5, TimeUnit.SECONDS);
            throw new AssertionError("the transfer was not refused");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static long legOf(Connection c) {
        return ((ConnectionImpl) c).leg;
    }
}
