package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.alerting;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.Extension;
import org.dialtone.ext.IndirectPark;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Park on the sim: CallControlConnection.park to an orbit, the indirect park extension, unpark by a
 * pickup from the orbit, the recall of a call nobody picks up, and every refusal. The call is
 * watched from the parked party's address, which stays in it throughout.
 */
class ParkTest {
    static final SwitchPlan PLAN = SwitchPlan.builder()
            .address("1001").address("1002").address("1003").address("1004")
            .terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003").terminal("1004", "1004")
            .parkOrbit("7001").parkOrbit("7002")
            .parkRecall(Duration.ofSeconds(45))
            .build();

    private final SimLab lab = new SimLab(PLAN);
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** 1001 calls 1002, which answers; the recorders watch 1002. */
    private Connection[] talking() throws Exception {
        lab.address("1002").addCallObserver(observer);
        lab.address("1002").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        return parts;
    }

    static final List<String> TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    /** 1001 parks the call at {@code orbit}: the orbit joins, QUEUED, then 1001 leaves. */
    static List<String> parked(String orbit) {
        return lines("-- META_CALL_ADDITIONAL_PARTY", "ConnCreatedEv " + orbit, "ConnInProgressEv " + orbit,
                "CallCtlConnQueuedEv " + orbit, "-- META_CALL_REMOVING_PARTY", disconnected("1001", "1001"));
    }

    /** The recorders heard exactly {@code expected}, in order, in both event models. */
    private void assertHeard(List<String> expected) throws InterruptedException {
        assertThat(awaitAll(observer, expected)).containsExactlyElementsOf(expected);
        List<String> heard = asListener(expected);
        assertThat(awaitAll(listener, heard)).containsExactlyElementsOf(heard);
    }

    /** Waits until {@code recorder} has as many lines as {@code expected} ends with its last line. */
    static List<String> awaitAll(Recorder recorder, List<String> expected) throws InterruptedException {
        String last = expected.get(expected.size() - 1);
        return SimLab.awaitTimes(recorder, last, Collections.frequency(expected, last));
    }

    @Test
    void parkingDisconnectsTheParkerAndLeavesTheCallQueuedAtTheOrbit() throws Exception {
        Connection[] parts = talking();
        TerminalConnection parkerTc = parts[0].getTerminalConnections()[0];
        Call call = parts[0].getCall();

        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");

        assertThat(atOrbit.getAddress()).isSameAs(lab.address("7001"));
        assertThat(atOrbit.getCall()).isSameAs(call);
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "7001 QUEUED");
        assertThat(describe(parts[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(parkerTc)).isEqualTo("1001 DROPPED");
        assertThat(lab.address("7001").getConnections()).containsExactly(atOrbit);
        assertThat(lab.address("1001").getConnections()).isNull();
        assertThat(lab.terminal("1001").getTerminalConnections()).isNull();
        assertHeard(lines(TALKING, parked("7001")));
    }

    @Test
    void theParkersSubscribersHearItLeaveWithTheParkCauseAndTheirObservationEnds() throws Exception {
        Recorder parker = new Recorder();
        EventLog log = new EventLog();
        lab.address("1001").addCallObserver(parker);
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
        Connection[] parts = talking();

        ((CallControlConnection) parts[0]).park("7001");

        assertThat(parker.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(TALKING, parked("7001"),
                "-- META_UNKNOWN", "CallObservationEndedEv"));
        assertThat(log.observed(CallCtlConnQueuedEv.class).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_PARK);
        CallCtlConnDisconnectedEv gone = log.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getConnection()).isSameAs(parts[0]);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_PARK);
        assertThat(gone.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        CallControlConnectionEvent heard = (CallControlConnectionEvent) log.heard(
                CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED, e -> true);
        assertThat(heard.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_PARK);
    }

    @Test
    void pickingTheCallUpFromTheOrbitUnparksItAtThePickersAddress() throws Exception {
        Connection[] parts = talking();
        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");

        TerminalConnection back = ((CallControlTerminal) lab.terminal("1003")).pickup(lab.address("7001"),
                lab.address("1003"));

        Call call = parts[1].getCall();
        assertThat(back.getTerminal()).isSameAs(lab.terminal("1003"));
        assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertThat(describe(atOrbit)).isEqualTo("7001 DISCONNECTED");
        assertThat(lab.address("7001").getConnections()).isNull();
        List<String> unparked = lines(TALKING, parked("7001"), PickupTest.pickedUp("7001", "1003"));
        assertHeard(unparked);

        lab.clock.advance(Duration.ofSeconds(60)); // the recall was cancelled with the orbit's leg
        ((CallControlCall) call).drop();
        assertHeard(lines(unparked, "-- META_CALL_ENDING", disconnected("1002", "1002"),
                disconnected("1003", "1003"), invalid()));
    }

    @Test
    void pickingUpTheQueuedConnectionAtTheOrbitUnparksItToo() throws Exception {
        Connection[] parts = talking();
        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");

        TerminalConnection back = ((CallControlTerminal) lab.terminal("1004")).pickup(atOrbit, lab.address("1004"));

        assertThat(describe(back.getConnection())).isEqualTo("1004 ESTABLISHED [1004 TALKING]");
        assertThat(describe(atOrbit)).isEqualTo("7001 DISCONNECTED");
        assertHeard(lines(TALKING, parked("7001"), PickupTest.pickedUp("7001", "1004")));
    }

    @Test
    void theParkerCanPickItsOwnCallUpAgain() throws Exception {
        Connection[] parts = talking();
        ((CallControlConnection) parts[0]).park("7002");

        TerminalConnection back = ((CallControlTerminal) lab.terminal("1001")).pickup(lab.address("7002"),
                lab.address("1001"));

        assertThat(describe(back.getConnection())).isEqualTo("1001 ESTABLISHED [1001 TALKING]");
        assertThat(describe(parts[1].getCall())).containsExactly("1002 ESTABLISHED [1002 TALKING]",
                "1001 ESTABLISHED [1001 TALKING]");
        assertHeard(lines(TALKING, parked("7002"), PickupTest.pickedUp("7002", "1001")));
    }

    @Test
    void aCallNobodyPicksUpRingsTheParkerAgainWhenTheRecallTimeRunsOut() throws Exception {
        Connection[] parts = talking();
        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");
        Call call = atOrbit.getCall();

        lab.clock.advance(Duration.ofSeconds(44));
        assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "7001 QUEUED");
        lab.clock.advance(Duration.ofSeconds(1));

        List<String> recalled = lines(TALKING, parked("7001"),
                "-- META_CALL_ADDITIONAL_PARTY", "ConnCreatedEv 1001",
                "-- META_CALL_REMOVING_PARTY", "ConnDisconnectedEv 7001", "CallCtlConnDisconnectedEv 7001",
                "-- META_CALL_PROGRESS", alerting("1001", "1001"));
        assertHeard(recalled);
        assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1001 ALERTING [1001 RINGING]");
        assertThat(describe(atOrbit)).isEqualTo("7001 DISCONNECTED");

        lab.address("1001").getConnections()[0].getTerminalConnections()[0].answer();
        assertHeard(lines(recalled, answered("1001", "1001")));
        assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]",
                "1001 ESTABLISHED [1001 TALKING]");
    }

    @Test
    void aParkedPartyHangingUpEndsTheCallAndFreesTheOrbit() throws Exception {
        Connection[] parts = talking();
        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");

        lab.party("1002").hangUp();

        assertHeard(lines(TALKING, parked("7001"), "-- META_CALL_ENDING", disconnected("1002", "1002"),
                "ConnDisconnectedEv 7001", "CallCtlConnDisconnectedEv 7001", invalid()));
        assertThat(describe(atOrbit)).isEqualTo("7001 DISCONNECTED");
        assertThat(lab.address("7001").getConnections()).isNull();
        assertThat(lab.provider.getCalls()).isNull();
        lab.clock.advance(Duration.ofSeconds(60)); // no recall of a call that is gone
        assertThat(lab.provider.getCalls()).isNull();
        assertThat(lab.provider.holdings()).startsWith("calls=0 legs=0 ");
    }

    /** Another call, {@code from} to {@code to}, answered; watched through its own observer. */
    private Connection[] answeredElsewhere(String from, String to) throws Exception {
        Connection[] parts = lab.connect(from, to);
        Recorder watch = new Recorder();
        parts[0].getCall().addObserver(watch);
        watch.await("CallCtlTermConnRingingEv " + to);
        parts[1].getTerminalConnections()[0].answer();
        return parts;
    }

    @Test
    void indirectParkTakesTheFirstFreeOrbitAndNamesIt() throws Exception {
        assertThat(lab.provider.isSupported(Extension.INDIRECT_PARK)).isTrue();
        Connection[] first = talking();
        Connection[] second = answeredElsewhere("1003", "1004");

        assertThat(((IndirectPark) second[0]).parkIndirect()).isEqualTo("7001");
        assertThat(((IndirectPark) first[0]).parkIndirect()).isEqualTo("7002");

        assertThat(describe(first[1].getCall())).containsExactly("1002 ESTABLISHED [1002 TALKING]", "7002 QUEUED");
        assertThat(describe(second[1].getCall())).containsExactly("1004 ESTABLISHED [1004 TALKING]", "7001 QUEUED");
        assertHeard(lines(TALKING, parked("7002")));
    }

    @Test
    void indirectParkWithEveryOrbitTakenIsRefusedAndChangesNothing() throws Exception {
        ((CallControlConnection) answeredElsewhere("1003", "1004")[0]).park("7001");
        ((CallControlConnection) answeredElsewhere("1003", "1004")[0]).park("7002");
        Connection[] parts = talking();

        assertThatThrownBy(() -> ((IndirectPark) parts[0]).parkIndirect())
                .isInstanceOfSatisfying(ResourceUnavailableException.class, e -> {
                    assertThat(e.getType()).isEqualTo(ResourceUnavailableException.UNSPECIFIED_LIMIT_EXCEEDED);
                    assertThat(e.getMessage()).isEqualTo("every park orbit of provider " + lab.provider.getName()
                            + " already holds a parked call (7001, 7002)");
                });
        assertNothingChanged(parts);
    }

    /** The answered call 1001-1002 is as it was, and after a drop its subscribers heard only that. */
    private void assertNothingChanged(Connection[] parts) throws Exception {
        Call call = parts[0].getCall();
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        ((CallControlCall) call).drop();
        assertHeard(lines(TALKING, "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"),
                invalid()));
    }

    // ---- refusals --------------------------------------------------------------------------------

    @Test
    void parkingARingingConnectionIsRefusedAsAnInvalidState() throws Exception {
        lab.address("1002").addCallObserver(observer);
        lab.address("1002").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).park("7001"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(parts[1]);
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
                    assertThat(e.getState()).isEqualTo(Connection.ALERTING);
                    assertThat(e.getMessage()).contains("ALERTING", "park needs an ESTABLISHED connection");
                });
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        assertThat(lab.address("7001").getConnections()).isNull();
        ((CallControlCall) parts[0].getCall()).drop();
        assertHeard(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void parkingADiallingOrDisconnectedConnectionIsRefusedAsAnInvalidState() throws Exception {
        CallControlConnection dialling = (CallControlConnection) lab.newCall().offHook(lab.address("1003"),
                lab.terminal("1003"));
        assertThatThrownBy(() -> dialling.park("7001")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("INITIATED").hasMessageContaining("park needs an ESTABLISHED connection");
        dialling.disconnect();
        assertThatThrownBy(() -> dialling.park("7001")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("DISCONNECTED");
        assertThat(lab.address("7001").getConnections()).isNull();
    }

    @Test
    void parkingWhileTheOtherPartyStillRingsIsRefused() throws Exception {
        lab.address("1002").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThatThrownBy(() -> ((CallControlConnection) parts[0]).park("7001"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("another party of the call connected");
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
    }

    @Test
    void parkingAtAnAddressThatIsNotAFreeParkOrbitIsRefusedAsAnInvalidParty() throws Exception {
        Connection[] parts = talking();
        ((CallControlConnection) answeredElsewhere("1003", "1004")[0]).park("7002");
        CallControlConnection parker = (CallControlConnection) parts[0];

        assertThatThrownBy(() -> parker.park("1003")).isInstanceOfSatisfying(InvalidPartyException.class, e -> {
            assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY);
            assertThat(e.getMessage()).isEqualTo("'1003' is not a park orbit of provider " + lab.provider.getName()
                    + "; its park orbits are 7001, 7002");
        });
        assertThatThrownBy(() -> parker.park("5550100")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("'5550100' is not a park orbit");
        assertThatThrownBy(() -> parker.park("")).isInstanceOf(InvalidPartyException.class)
                .hasMessage("the park orbit is empty");
        assertThatThrownBy(() -> parker.park(null)).isInstanceOf(InvalidPartyException.class)
                .hasMessage("the park orbit is null");
        assertThatThrownBy(() -> parker.park("7002")).isInstanceOf(InvalidPartyException.class)
                .hasMessage("park orbit 7002 already holds a parked call");
        assertNothingChanged(parts);
    }

    @Test
    void aPartyBeyondTheSwitchCannotParkTheCall() throws Exception {
        lab.party("5550100").willAnswer();
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "5550100");
        observer.await("CallCtlConnEstablishedEv 5550100");

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).park("7001"))
                .isInstanceOfSatisfying(InvalidPartyException.class, e -> {
                    assertThat(e.getType()).isEqualTo(InvalidPartyException.ORIGINATING_PARTY);
                    assertThat(e.getMessage()).contains("5550100", "beyond provider");
                });
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "5550100 ESTABLISHED");
    }

    @Test
    void parkOnAShutDownProviderIsRefusedAsAnInvalidState() throws Exception {
        Connection[] parts = talking();
        lab.provider.shutdown();

        assertThatThrownBy(() -> ((CallControlConnection) parts[0]).park("7001"))
                .isInstanceOfSatisfying(InvalidStateException.class,
                        e -> assertThat(e.getObjectType()).isEqualTo(InvalidStateException.PROVIDER_OBJECT));
        assertThat(lab.provider.getState()).isEqualTo(Provider.SHUTDOWN);
    }

    @Test
    void aSwitchWithoutParkOrbitsDoesNotSupportParkAndSaysSo() throws Exception {
        try (SimLab bare = new SimLab()) {
            Connection[] parts = bare.connect("1001", "1002");
            Recorder watch = new Recorder();
            bare.address("1002").addCallObserver(watch);
            watch.await("CallCtlTermConnRingingEv 1002");
            parts[1].getTerminalConnections()[0].answer();
            CallControlConnection parker = (CallControlConnection) parts[0];

            assertThatThrownBy(() -> parker.park("7001")).isInstanceOf(MethodNotSupportedException.class)
                    .hasMessageStartingWith("park is not supported by provider " + bare.provider.getName());
            assertThatThrownBy(() -> ((IndirectPark) parker).parkIndirect())
                    .isInstanceOf(MethodNotSupportedException.class);
            assertThat(((CallControlConnectionCapabilities) bare.provider.getConnectionCapabilities()).canPark())
                    .isFalse();
            assertThat(((CallControlConnectionCapabilities) parker.getCapabilities()).canPark()).isFalse();
            assertThat(bare.provider.isSupported(Extension.INDIRECT_PARK)).isFalse();
            assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                    "1002 ESTABLISHED [1002 TALKING]");
        }
    }

    // ---- capabilities ----------------------------------------------------------------------------

    @Test
    void onlyAnEstablishedLocalPartyWithSomeoneToWaitMayPark() throws Exception {
        assertThat(((CallControlConnectionCapabilities) lab.provider.getConnectionCapabilities()).canPark()).isTrue();
        lab.address("1002").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        assertThat(canPark(parts[0])).isFalse(); // nobody connected to wait at the orbit
        assertThat(canPark(parts[1])).isFalse(); // ALERTING

        parts[1].getTerminalConnections()[0].answer();
        assertThat(canPark(parts[0])).isTrue();
        assertThat(canPark(parts[1])).isTrue();

        Connection atOrbit = ((CallControlConnection) parts[0]).park("7001");
        assertThat(canPark(parts[0])).isFalse();
        assertThat(canPark(atOrbit)).isFalse();
        assertThat(canPark(parts[1])).isFalse(); // the orbit is no party to wait for it
        lab.provider.shutdown();
        assertThat(canPark(parts[1])).isFalse();
    }

    private static boolean canPark(Connection c) {
        return ((CallControlConnectionCapabilities) c.getCapabilities()).canPark();
    }
}
