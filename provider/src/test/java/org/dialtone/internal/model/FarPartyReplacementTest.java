package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.replaced;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.telephony.Connection;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backend's {@code replaced} signal, which the sim never sends (its switch has no far end that
 * transfers a local user): 1001 talks to the far party 5550100, which the backend says was replaced
 * by 5550199. The call stays; the old party leaves and the new one joins talking, as the party that
 * stays sees a transfer on sim ({@link TransferTest}). The sip backend sends it for an inbound
 * REFER or an INVITE with Replaces ({@link SipBeingTransferredTest}).
 */
class FarPartyReplacementTest {
    private static final String FAR = "5550100";
    private static final String NEW = "5550199";

    private final QuietBackend backend = new QuietBackend();
    private final ProviderImpl provider = new ProviderImpl("quiet", backend.backend);
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog events = new EventLog();
    private CallControlCall call;
    private Connection[] parts;
    private long farLeg;

    @BeforeEach
    void talkToTheFarParty() throws Exception {
        provider.start();
        provider.getAddress("1001").addCallObserver(observer);
        provider.getAddress("1001").addCallListener(listener);
        call = (CallControlCall) provider.createCall();
        call.addObserver(events);
        call.addCallListener(events);
        parts = call.connect(provider.getTerminal("1001"), provider.getAddress("1001"), FAR);
        farLeg = backend.offered.poll(5, TimeUnit.SECONDS);
        backend.signals.reached(farLeg);
        backend.signals.alerting(farLeg);
        backend.signals.answered(farLeg, null);
        observer.await("CallCtlConnEstablishedEv " + FAR);
    }

    @AfterEach
    void shutDown() {
        provider.shutdown();
    }

    @Test
    void theNewPartyTakesTheOldOnesPlaceTalkingInTheSameCall() throws Exception {
        long newLeg = LegIds.next();

        backend.signals.replaced(farLeg, newLeg, NEW);

        observer.await("CallCtlConnEstablishedEv " + NEW);
        assertThat(provider.getCalls()).containsExactly(call);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", NEW + " ESTABLISHED");
        assertThat(describe(parts[1])).isEqualTo(FAR + " DISCONNECTED");
        assertThat(((ConnectionImpl) call.getConnections()[1]).leg).isEqualTo(newLeg);
        CallCtlConnDisconnectedEv gone = events.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getMetaCode()).isEqualTo(Ev.META_CALL_TRANSFERRING);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_TRANSFER);
        assertThat(gone.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        MultiCallMetaEvent bracket = (MultiCallMetaEvent) events.heard(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, e -> true);
        assertThat(bracket.getNewCall()).isSameAs(call);
        assertThat(bracket.getOldCalls()).containsExactly(call);

        backend.signals.released(newLeg, Ev.CAUSE_NORMAL); // the new party's own signals follow
        List<String> heard = lines(connect("1001", FAR), reached(FAR), farAnswered(FAR), replaced(FAR, NEW),
                farHangsUp("1001", NEW));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        assertThat(backend.commands()).contains("release " + ((ConnectionImpl) parts[0]).leg)
                .doesNotContain("release " + farLeg).doesNotContain("release " + newLeg);
    }

    @Test
    void aReplacementTheCallCannotTakeReleasesTheNewLegAndChangesNothing() throws Exception {
        long byLocal = LegIds.next();
        backend.signals.replaced(farLeg, byLocal, "1002"); // a local address is not a party beyond the backend
        long unknown = LegIds.next();
        backend.signals.replaced(LegIds.next(), unknown, NEW); // a leg the model does not have

        awaitCommand("release " + unknown);
        assertThat(backend.commands()).contains("release " + byLocal);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " ESTABLISHED");
        parts[0].disconnect();
        List<String> heard = lines(connect("1001", FAR), reached(FAR), farAnswered(FAR), localHangsUp("1001", FAR));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);

        long late = LegIds.next();
        backend.signals.replaced(farLeg, late, NEW); // the call ended first
        awaitCommand("release " + late);
        assertThat(provider.getCalls()).isNull();
    }

    private void awaitCommand(String command) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!backend.commands().contains(command)) {
            assertThat(System.nanoTime()).as("the backend was told '" + command + "' in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
