package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.privatedata.PrivateDataEvent;
import javax.telephony.privatedata.events.PrivateCallEv;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SecureCall;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The secure call extension on the sim: securing is announced as private data in both event
 * models, and a secured call is kept from call waiting (busy), intrusion (join), pickup and park.
 */
class SecureCallTest {
    private static final SwitchPlan PLAN = SwitchPlan.builder()
            .address("1001").address("1002").address("1003").address("2001")
            .terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003")
            .terminal("A", "2001").terminal("B", "2001")
            .pickupGroup("sales", "1002", "1003")
            .parkOrbit("7001")
            .build();

    private final SimLab lab = new SimLab(PLAN);
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** 1001 calls {@code to}; the recorders watch 1001; {@code answer} says whether it is answered. */
    private Connection[] call(String to, String lastRinging, boolean answer) throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", to);
        observer.await("CallCtlTermConnRingingEv " + lastRinging);
        if (answer) {
            parts[1].getTerminalConnections()[0].answer();
        }
        return parts;
    }

    private static final List<String> TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    private static final List<String> SECURED = lines("-- META_CALL_PROGRESS", "PrivateCallEv");

    private void assertHeard(List<String> expected) throws InterruptedException {
        assertThat(ParkTest.awaitAll(observer, expected)).containsExactlyElementsOf(expected);
        List<String> heard = asListener(expected);
        assertThat(ParkTest.awaitAll(listener, heard)).containsExactlyElementsOf(heard);
    }

    @Test
    void securingACallAnnouncesItOnceAsPrivateDataInBothEventModels() throws Exception {
        assertThat(lab.provider.isSupported(Extension.SECURE_CALL)).isTrue();
        EventLog log = new EventLog();
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
        Connection[] parts = call("1002", "1002", true);
        SecureCall call = (SecureCall) parts[0].getCall();
        assertThat(call.isSecure()).isFalse();

        call.secure();
        call.secure(); // already secured: nothing more to say

        assertThat(call.isSecure()).isTrue();
        PrivateCallEv observed = log.observed(PrivateCallEv.class);
        assertThat(observed.getPrivateData()).isSameAs(SecureCall.Notice.SECURED);
        assertThat(observed.getCall()).isSameAs(call);
        PrivateDataEvent heard = (PrivateDataEvent) log.heard(PrivateDataEvent.PRIVATE_DATA_CALL_EVENT, e -> true);
        assertThat(heard.getPrivateData()).isSameAs(SecureCall.Notice.SECURED);
        assertThat(heard.getSource()).isSameAs(call);
        ((CallControlCall) call).drop();
        assertHeard(lines(TALKING, SECURED, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid()));
    }

    @Test
    void aSubscriberThatComesLaterLearnsFromTheSnapshotThatTheCallIsSecured() throws Exception {
        Connection[] parts = call("1002", "1002", true);
        ((SecureCall) parts[0].getCall()).secure();
        Recorder late = new Recorder();

        parts[0].getCall().addObserver(late);

        assertThat(late.await("CallCtlTermConnTalkingEv 1002")).containsExactly("-- META_SNAPSHOT", "CallActiveEv",
                "PrivateCallEv", "ConnConnectedEv 1001", "CallCtlConnEstablishedEv 1001", "TermConnActiveEv 1001",
                "CallCtlTermConnTalkingEv 1001", "ConnConnectedEv 1002", "CallCtlConnEstablishedEv 1002",
                "TermConnActiveEv 1002", "CallCtlTermConnTalkingEv 1002");
    }

    @Test
    void aNewCallToAPartyOfASecuredCallFindsItBusy() throws Exception {
        Connection[] parts = call("1002", "1002", true);
        ((SecureCall) parts[0].getCall()).secure();
        Recorder caller = new Recorder();
        EventLog log = new EventLog();
        lab.address("1003").addCallObserver(caller);
        lab.address("1003").addCallObserver(log);

        Connection[] waiting = lab.connect("1003", "1002");

        assertThat(caller.await("CallCtlConnFailedEv 1002")).containsExactlyElementsOf(lines(connect("1003", "1002"),
                "-- META_CALL_PROGRESS", "ConnFailedEv 1002", "CallCtlConnFailedEv 1002"));
        assertThat(log.observed(CallCtlConnFailedEv.class).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_BUSY);
        assertThat(describe(waiting[0].getCall())).containsExactly("1003 ESTABLISHED [1003 TALKING]", "1002 FAILED");
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertHeard(lines(TALKING, SECURED));
    }

    @Test
    void aCallFromBeyondTheSwitchToAPartyOfASecuredCallFindsItBusyAndEnds() throws Exception {
        Connection[] parts = call("1002", "1002", true);
        ((SecureCall) parts[0].getCall()).secure();
        Recorder called = new Recorder();
        lab.address("1002").addCallObserver(called);
        called.await("CallCtlTermConnTalkingEv 1002");
        called.clear();

        lab.sim.call("5550100", "1002");

        assertThat(called.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(
                "-- META_CALL_STARTING", "CallActiveEv", "ConnCreatedEv 5550100", "ConnConnectedEv 5550100",
                "CallCtlConnEstablishedEv 5550100", "ConnCreatedEv 1002",
                "-- META_CALL_ENDING", "ConnFailedEv 1002", "CallCtlConnFailedEv 1002",
                "ConnDisconnectedEv 5550100", "CallCtlConnDisconnectedEv 5550100",
                "ConnDisconnectedEv 1002", "CallCtlConnDisconnectedEv 1002", invalid()));
        assertThat(lab.provider.getCalls()).containsExactly(parts[0].getCall());
    }

    @Test
    void aSecuredRingingCallCannotBePickedUpInAnyForm() throws Exception {
        Connection[] parts = call("1002", "1002", false);
        ((SecureCall) parts[0].getCall()).secure();
        CallControlTerminal picker = (CallControlTerminal) lab.terminal("1003");

        assertThatThrownBy(() -> picker.pickup(parts[1], lab.address("1003")))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(parts[0].getCall());
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
                    assertThat(e.getMessage()).contains("secured against interruption", "cannot be picked up");
                });
        assertThatThrownBy(() -> picker.pickup(parts[1].getTerminalConnections()[0], lab.address("1003")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("secured");
        assertThatThrownBy(() -> picker.pickup(lab.address("1002"), lab.address("1003")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("secured");
        assertThatThrownBy(() -> picker.pickupFromGroup(lab.address("1003")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("secured");

        ((CallControlCall) parts[0].getCall()).drop();
        assertHeard(lines(connect("1001", "1002"), ringing("1002", "1002"), SECURED, "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void anotherPhoneOfASharedLineCannotJoinASecuredCall() throws Exception {
        Connection[] parts = call("2001", "B", false);
        parts[1].getTerminalConnections()[0].answer();
        CallControlTerminalConnection bridged = (CallControlTerminalConnection) parts[1].getTerminalConnections()[1];
        assertThat(canJoin(bridged)).isTrue();

        ((SecureCall) parts[0].getCall()).secure();

        assertThat(canJoin(bridged)).isFalse();
        assertThatThrownBy(bridged::join).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("secured against interruption, so no other phone may join it");
        assertThat(describe(parts[1])).isEqualTo("2001 ESTABLISHED [A TALKING, B BRIDGED]");
    }

    private static boolean canJoin(CallControlTerminalConnection tc) {
        return ((CallControlTerminalConnectionCapabilities) tc.getCapabilities()).canJoin();
    }

    @Test
    void aSecuredCallCannotBeParked() throws Exception {
        Connection[] parts = call("1002", "1002", true);
        CallControlConnection parker = (CallControlConnection) parts[0];
        assertThat(((CallControlConnectionCapabilities) parker.getCapabilities()).canPark()).isTrue();

        ((SecureCall) parts[0].getCall()).secure();

        assertThat(((CallControlConnectionCapabilities) parker.getCapabilities()).canPark()).isFalse();
        assertThatThrownBy(() -> parker.park("7001")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("a secured call cannot be parked");
        assertThat(lab.address("7001").getConnections()).isNull();
        assertHeard(lines(TALKING, SECURED));
    }

    @Test
    void onlyAnActiveCallOfAProviderInServiceCanBeSecured() throws Exception {
        SecureCall idle = (SecureCall) lab.newCall();
        assertThatThrownBy(idle::secure).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
            assertThat(e.getState()).isEqualTo(Call.IDLE);
            assertThat(e.getMessage()).contains("IDLE", "secure needs an ACTIVE call");
        });
        assertThat(idle.isSecure()).isFalse();

        Connection[] parts = call("1002", "1002", true);
        ((CallControlCall) parts[0].getCall()).drop();
        SecureCall ended = (SecureCall) parts[0].getCall();
        assertThatThrownBy(ended::secure).isInstanceOf(InvalidStateException.class).hasMessageContaining("INVALID");

        lab.provider.shutdown();
        assertThatThrownBy(idle::secure).isInstanceOfSatisfying(InvalidStateException.class,
                e -> assertThat(e.getObjectType()).isEqualTo(InvalidStateException.PROVIDER_OBJECT));
    }
}
