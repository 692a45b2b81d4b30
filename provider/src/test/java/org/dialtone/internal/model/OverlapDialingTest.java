package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.originate;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** offHook, then the number dialled a few digits at a time with addToAddress. */
class OverlapDialingTest {
    private static final String FAR = "5550100";

    private SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    private static final List<String> OFF_HOOK = lines("-- META_CALL_STARTING", originate("1001"));
    private static final List<String> FIRST_DIGIT = lines("-- META_CALL_PROGRESS", "CallCtlConnDialingEv 1001");

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlConnection offHook() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        return (CallControlConnection) lab.newCall().offHook(lab.address("1001"), lab.terminal("1001"));
    }

    /** The last digit completes the number: the caller is ESTABLISHED and the destination exists. */
    private static List<String> placed(String destination) {
        return lines("-- META_CALL_PROGRESS", "CallCtlConnEstablishedEv 1001", "ConnCreatedEv " + destination);
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void offHookGivesAnInitiatedConnectionWithATalkingTerminal() throws Exception {
        CallControlConnection origin = offHook();
        Call call = origin.getCall();

        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1001 INITIATED [1001 TALKING]");
        assertThat(((CallControlCall) call).getCallingAddress()).isSameAs(lab.address("1001"));
        assertThat(((CallControlCall) call).getCallingTerminal()).isSameAs(lab.terminal("1001"));
        assertThat(((CallControlCall) call).getCalledAddress()).as("nothing dialled yet").isNull();
        assertThat(observer.await("CallCtlTermConnTalkingEv 1001")).containsExactlyElementsOf(OFF_HOOK);
    }

    @Test
    void digitsDialledOneByOneReachTheLocalAddressWhenTheNumberIsComplete() throws Exception {
        CallControlConnection origin = offHook();
        Call call = origin.getCall();

        origin.addToAddress("1");
        assertThat(describe(call)).containsExactly("1001 DIALING [1001 TALKING]");
        origin.addToAddress("0");
        origin.addToAddress("0");
        assertThat(describe(call)).containsExactly("1001 DIALING [1001 TALKING]");
        origin.addToAddress("2");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ALERTING [1002 RINGING]");
        assertThat(((CallControlCall) call).getCalledAddress()).isSameAs(lab.address("1002"));
        origin.disconnect();
        assertBothModelsSaw(lines(OFF_HOOK, FIRST_DIGIT, placed("1002"), ringing("1002", "1002"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void hashEndsAnExternalNumberThatIsNotCompleteOtherwise() throws Exception {
        CallControlConnection origin = offHook();
        Call call = origin.getCall();

        origin.addToAddress("555");
        origin.addToAddress("0100");
        assertThat(describe(call)).as("an unlisted number may go on").containsExactly("1001 DIALING [1001 TALKING]");
        origin.addToAddress("#");
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);

        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " NETWORK_ALERTING");
        assertThat(((CallControlCall) call).getCalledAddress().getName()).isEqualTo(FAR);
        origin.disconnect();
        assertBothModelsSaw(lines(OFF_HOOK, FIRST_DIGIT, placed(FAR), "-- META_CALL_PROGRESS",
                "ConnInProgressEv " + FAR, "CallCtlConnNetworkReachedEv " + FAR, "-- META_CALL_PROGRESS",
                "ConnAlertingEv " + FAR, "CallCtlConnNetworkAlertingEv " + FAR, "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected(FAR), invalid()));
    }

    @Test
    void externalNumberThePlanListsIsCompleteWithoutHash() throws Exception {
        lab.close();
        lab = new SimLab(SwitchPlan.builder().address("1001").terminal("1001", "1001")
                .external(FAR, ExternalBehaviour.ANSWER).build());
        CallControlConnection origin = offHook();

        origin.addToAddress(FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(describe(origin.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " ESTABLISHED");
    }

    @Test
    void numberNoPartyCanHaveFailsWithReorderTone() throws Exception {
        EventLog log = new EventLog();
        CallControlConnection origin = offHook();
        lab.address("1001").addCallObserver(log);

        origin.addToAddress("55x#");

        Call call = origin.getCall();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "55x FAILED");
        CallCtlConnFailedEv failed = log.observed(CallCtlConnFailedEv.class);
        assertThat(failed.getCause()).isEqualTo(Ev.CAUSE_DEST_NOT_OBTAINABLE);
        assertThat(failed.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REORDER_TONE);
        origin.disconnect();
        assertBothModelsSaw(lines(OFF_HOOK, "-- META_CALL_PROGRESS", "CallCtlConnDialingEv 1001",
                "CallCtlConnEstablishedEv 1001", "ConnCreatedEv 55x", "ConnFailedEv 55x", "CallCtlConnFailedEv 55x",
                "-- META_CALL_ENDING", disconnected("1001", "1001"), "ConnDisconnectedEv 55x",
                "CallCtlConnDisconnectedEv 55x", invalid()));
    }

    @Test
    void hangingUpWhileDiallingEndsTheCall() throws Exception {
        CallControlConnection origin = offHook();
        origin.addToAddress("10");

        origin.disconnect();

        assertThat(origin.getCall().getState()).isEqualTo(Call.INVALID);
        assertThat(describe(origin)).isEqualTo("1001 DISCONNECTED");
        assertBothModelsSaw(lines(OFF_HOOK, FIRST_DIGIT, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                invalid()));
    }

    @Test
    void addToAddressOnceDiallingIsOverIsRefusedAndChangesNothing() throws Exception {
        CallControlConnection origin = offHook();
        origin.addToAddress("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        Connection destination = origin.getCall().getConnections()[1];

        assertThatThrownBy(() -> origin.addToAddress("3")).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(origin);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
            assertThat(e.getState()).isEqualTo(Connection.CONNECTED);
            assertThat(e.getMessage()).contains("1001", "ESTABLISHED", "INITIATED or DIALING");
        });
        assertThatThrownBy(() -> ((CallControlConnection) destination).addToAddress("3"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("1002").hasMessageContaining("ALERTING");

        assertThat(describe(origin.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        ((CallControlCall) origin.getCall()).drop();
        assertBothModelsSaw(lines(OFF_HOOK, "-- META_CALL_PROGRESS", "CallCtlConnDialingEv 1001",
                "CallCtlConnEstablishedEv 1001", "ConnCreatedEv 1002", ringing("1002", "1002"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void addToAddressOnAConnectedCallIsRefused() throws Exception {
        Connection[] parts = lab.connect("1001", "1002");

        assertThatThrownBy(() -> ((CallControlConnection) parts[0]).addToAddress("5"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("ESTABLISHED");
        assertThat(describe(parts[0])).isEqualTo("1001 ESTABLISHED [1001 TALKING]");
    }

    @Test
    void addToAddressWithoutDigitsIsAnArgumentError() throws Exception {
        CallControlConnection origin = offHook();

        assertThatThrownBy(() -> origin.addToAddress("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> origin.addToAddress(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThat(describe(origin)).isEqualTo("1001 INITIATED [1001 TALKING]");
    }

    @Test
    void offHookOrConnectOnACallThatIsOffHookIsRefused() throws Exception {
        CallControlConnection origin = offHook();
        CallControlCall call = (CallControlCall) origin.getCall();

        assertThatThrownBy(() -> call.offHook(lab.address("1002"), lab.terminal("1002")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("ACTIVE")
                .hasMessageContaining("offHook needs an IDLE call");
        assertThatThrownBy(() -> call.connect(lab.terminal("1001"), lab.address("1001"), "1002"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("connect needs an IDLE call");
        assertThat(describe(call)).containsExactly("1001 INITIATED [1001 TALKING]");
    }

    @Test
    void offHookWithATerminalOfAnotherAddressIsRefused() throws Exception {
        CallControlCall call = lab.newCall();

        assertThatThrownBy(() -> call.offHook(lab.address("1001"), lab.terminal("1002")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1002").hasMessageContaining("1001");
        assertThat(call.getState()).isEqualTo(Call.IDLE);
        assertThat(lab.provider.getCalls()).isNull();
    }
}
