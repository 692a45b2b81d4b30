package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Capabilities tell the truth: an operation that throws MethodNotSupportedException is claimed by
 * neither the static nor the dynamic capabilities, and a dynamic capability is true exactly in the
 * states in which the operation would be accepted.
 */
class CapabilityTruthTest {
    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002").address("2001")
            .terminal("1001", "1001").terminal("1002", "1002").terminal("A", "2001").terminal("B", "2001")
            .routePoint("3000").build());
    private final Recorder observer = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection[] answeredCall() throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        return parts;
    }

    /** One operation the provider does not offer, with what its static and dynamic capabilities say. */
    private static DynamicTest unsupported(String name, Executable operation, BooleanSupplier staticCapability,
            BooleanSupplier dynamicCapability) {
        return DynamicTest.dynamicTest(name, () -> {
            assertThatThrownBy(operation::execute).as(name).isInstanceOf(MethodNotSupportedException.class)
                    .hasMessageContaining("not supported");
            assertThat(staticCapability.getAsBoolean()).as("static capability of " + name).isFalse();
            assertThat(dynamicCapability.getAsBoolean()).as("dynamic capability of " + name).isFalse();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyOperationThatIsNotSupportedIsClaimedByNoCapability() throws Exception {
        Connection[] parts = answeredCall();
        CallControlConnection c = (CallControlConnection) parts[0];
        CallControlTerminalConnection tc = (CallControlTerminalConnection) c.getTerminalConnections()[0];
        CallControlAddress a = (CallControlAddress) lab.address("1001");
        CallControlTerminal t = (CallControlTerminal) lab.terminal("1001");

        CallControlConnectionCapabilities staticConn =
                (CallControlConnectionCapabilities) lab.provider.getConnectionCapabilities();
        CallControlConnectionCapabilities dynConn = (CallControlConnectionCapabilities) c.getCapabilities();
        CallControlAddressCapabilities staticAddr =
                (CallControlAddressCapabilities) lab.provider.getAddressCapabilities();
        CallControlAddressCapabilities dynAddr = (CallControlAddressCapabilities) a.getCapabilities();
        CallControlTerminalCapabilities staticTerm =
                (CallControlTerminalCapabilities) lab.provider.getTerminalCapabilities();
        CallControlTerminalCapabilities dynTerm = (CallControlTerminalCapabilities) t.getCapabilities();

        return Stream.of(
                unsupported("park", () -> c.park("1003"), staticConn::canPark, dynConn::canPark),
                // This switch has no pickup group (nor park orbit, for park above): group pickup is not
                // supported on it (PickupTest and ParkTest cover them on switches that have them).
                unsupported("pickup from a named group", () -> t.pickupFromGroup("sales", a),
                        () -> staticTerm.canPickupFromGroup("sales", a) || staticTerm.canPickupFromGroup(),
                        () -> dynTerm.canPickupFromGroup("sales", a) || dynTerm.canPickupFromGroup()),
                unsupported("pickup from the own group", () -> t.pickupFromGroup(a),
                        () -> staticTerm.canPickupFromGroup(a), () -> dynTerm.canPickupFromGroup(a)));
    }

    @Test
    void staticCapabilitiesClaimEveryOperationThatIsSupported() {
        CallControlCallCapabilities call = (CallControlCallCapabilities) lab.provider.getCallCapabilities();
        CallControlConnectionCapabilities connection =
                (CallControlConnectionCapabilities) lab.provider.getConnectionCapabilities();
        CallControlTerminalConnectionCapabilities tc =
                (CallControlTerminalConnectionCapabilities) lab.provider.getTerminalConnectionCapabilities();

        assertThat(lab.provider.getCapabilities().isObservable()).isTrue();
        assertThat(lab.provider.getAddressCapabilities().isObservable()).isTrue();
        assertThat(lab.provider.getTerminalCapabilities().isObservable()).isTrue();
        assertThat(List.of(call.isObservable(), call.canConnect(), call.canDrop(), call.canOffHook())).containsOnly(true);
        assertThat(List.of(call.canConsult(), call.canConsult(null), call.canConsult(null, "1003"), call.canTransfer(),
                call.canTransfer((Call) null), call.canTransfer("1003"), call.canConference(), call.canAddParty(),
                call.canSetTransferController(), call.canSetTransferEnable(), call.canSetConferenceController(),
                call.canSetConferenceEnable())).containsOnly(true);
        assertThat(List.of(connection.canDisconnect(), connection.canAccept(), connection.canReject(),
                connection.canAddToAddress(), connection.canRedirect())).containsOnly(true);
        assertThat(List.of(tc.canAnswer(), tc.canJoin(), tc.canLeave(), tc.canHold(), tc.canUnhold())).containsOnly(true);
        CallControlAddressCapabilities address =
                (CallControlAddressCapabilities) lab.provider.getAddressCapabilities();
        assertThat(List.of(address.canSetForwarding(), address.canGetForwarding(), address.canCancelForwarding(),
                address.canSetDoNotDisturb(), address.canGetDoNotDisturb(), address.canSetMessageWaiting(),
                address.canGetMessageWaiting())).containsOnly(true);
        CallControlTerminalCapabilities terminal =
                (CallControlTerminalCapabilities) lab.provider.getTerminalCapabilities();
        assertThat(List.of(terminal.canSetDoNotDisturb(), terminal.canGetDoNotDisturb())).containsOnly(true);
    }

    @Test
    void onlyAnAlertingOrOfferedLocalConnectionMayBeRedirected() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("3000").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        Connection[] routed = lab.connect("1002", "3000");
        observer.await("CallCtlConnOfferedEv 3000");
        Connection[] far = lab.connect("1001", "5550100");

        assertThat(canRedirect(parts[1])).as("ALERTING").isTrue();
        assertThat(canRedirect(parts[0])).as("the caller, ESTABLISHED").isFalse();
        assertThat(canRedirect(far[1])).as("a party beyond the switch").isFalse();
        assertThat(canRedirect(routed[1])).as("OFFERED").isTrue();
        parts[1].getTerminalConnections()[0].answer();
        assertThat(canRedirect(parts[1])).as("ESTABLISHED").isFalse();
        ((CallControlConnection) routed[1]).redirect("1001");
        assertThat(canRedirect(routed[1])).as("DISCONNECTED").isFalse();
    }

    private static boolean canRedirect(Connection c) {
        return ((CallControlConnectionCapabilities) c.getCapabilities()).canRedirect();
    }

    @Test
    void lineFeaturesMayBeReadAlwaysAndChangedOnlyInServiceAndOnlyOnLocalAddresses() throws Exception {
        CallControlAddressCapabilities local = (CallControlAddressCapabilities) lab.address("1001").getCapabilities();
        CallControlTerminalCapabilities terminal =
                (CallControlTerminalCapabilities) lab.terminal("1001").getCapabilities();
        lab.address("1001").addCallObserver(observer);
        CallControlAddressCapabilities remote = (CallControlAddressCapabilities) lab.connect("1001", "5550100")[1]
                .getAddress().getCapabilities();

        assertThat(addressFeatures(local)).containsOnly(true);
        assertThat(List.of(terminal.canSetDoNotDisturb(), terminal.canGetDoNotDisturb())).containsOnly(true);
        assertThat(addressFeatures(remote)).containsOnly(false);
        assertThat(remote.isObservable()).isFalse();

        lab.provider.shutdown();

        CallControlAddressCapabilities after = (CallControlAddressCapabilities) lab.address("1001").getCapabilities();
        CallControlTerminalCapabilities afterTerminal =
                (CallControlTerminalCapabilities) lab.terminal("1001").getCapabilities();
        assertThat(List.of(after.canSetForwarding(), after.canCancelForwarding(), after.canSetDoNotDisturb(),
                after.canSetMessageWaiting(), afterTerminal.canSetDoNotDisturb())).containsOnly(false);
        assertThat(List.of(after.canGetForwarding(), after.canGetDoNotDisturb(), after.canGetMessageWaiting(),
                afterTerminal.canGetDoNotDisturb())).containsOnly(true);
        ((CallControlAddress) lab.address("1001")).getForwarding(); // and the getters do answer
        ((CallControlTerminal) lab.terminal("1001")).getDoNotDisturb();
    }

    private static List<Boolean> addressFeatures(CallControlAddressCapabilities c) {
        return List.of(c.canSetForwarding(), c.canGetForwarding(), c.canCancelForwarding(), c.canSetDoNotDisturb(),
                c.canGetDoNotDisturb(), c.canSetMessageWaiting(), c.canGetMessageWaiting());
    }

    @Test
    void callMayConnectOnlyWhileIdleAndDropOnlyWhileActive() throws Exception {
        CallControlCall call = lab.newCall();
        CallControlCallCapabilities idle = (CallControlCallCapabilities) call.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        assertThat(List.of(idle.canConnect(), idle.canOffHook(), idle.canDrop())).containsExactly(true, true, false);

        call.connect(lab.terminal("1001"), lab.address("1001"), "1002");
        CallControlCallCapabilities active = (CallControlCallCapabilities) call.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        assertThat(List.of(active.canConnect(), active.canOffHook(), active.canDrop())).containsExactly(false, false,
                true);

        call.drop();
        CallControlCallCapabilities ended = (CallControlCallCapabilities) call.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        assertThat(List.of(ended.canConnect(), ended.canOffHook(), ended.canDrop())).containsOnly(false);
        assertThat(ended.isObservable()).isTrue();
    }

    @Test
    void onlyARingingTerminalConnectionMayAnswer() throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        TerminalConnection caller = parts[0].getTerminalConnections()[0];
        TerminalConnection ringing = parts[1].getTerminalConnections()[0];

        assertThat(ringing.getCapabilities().canAnswer()).isTrue();
        assertThat(caller.getCapabilities().canAnswer()).isFalse();
        ringing.answer();
        assertThat(ringing.getCapabilities().canAnswer()).isFalse();
    }

    @Test
    void connectionMayDisconnectWhileInTheCallAndAddToAddressOnlyWhileDialling() throws Exception {
        lab.address("1001").addCallObserver(observer);
        CallControlConnection origin = (CallControlConnection) lab.newCall().offHook(lab.address("1001"),
                lab.terminal("1001"));
        assertThat(caps(origin)).containsExactly(true, false, false, true);
        origin.addToAddress("10");
        assertThat(caps(origin)).containsExactly(true, false, false, true);
        origin.addToAddress("02");
        observer.await("CallCtlTermConnRingingEv 1002");
        CallControlConnection ringing = (CallControlConnection) origin.getCall().getConnections()[1];

        assertThat(caps(origin)).containsExactly(true, false, false, false);
        assertThat(caps(ringing)).containsExactly(true, false, false, false);
        origin.disconnect();
        assertThat(caps(origin)).containsOnly(false);
        assertThat(caps(ringing)).containsOnly(false);
    }

    /** canDisconnect, canAccept, canReject, canAddToAddress. */
    private static List<Boolean> caps(Connection c) {
        CallControlConnectionCapabilities now = (CallControlConnectionCapabilities) c.getCapabilities();
        return List.of(now.canDisconnect(), now.canAccept(), now.canReject(), now.canAddToAddress());
    }

    @Test
    void onlyAnOfferedConnectionMayBeAcceptedOrRejected() throws Exception {
        lab.address("1001").addCallObserver(observer);
        CallControlConnection routed = (CallControlConnection) lab.connect("1001", "3000")[1];
        observer.await("CallCtlConnOfferedEv 3000");

        assertThat(caps(routed)).containsExactly(true, true, true, false);
        routed.accept();
        assertThat(caps(routed)).containsExactly(true, false, false, false);
    }

    @Test
    void failedConnectionMayStillBeDisconnected() throws Exception {
        lab.party("1002").willBeBusy();
        lab.address("1001").addCallObserver(observer);
        Connection failed = lab.connect("1001", "1002")[1];
        observer.await("CallCtlConnFailedEv 1002");

        assertThat(caps(failed)).containsExactly(true, false, false, false);
        failed.disconnect();
        assertThat(failed.getState()).isEqualTo(Connection.DISCONNECTED);
    }

    @Test
    void onlyAPassiveTerminalOfASharedLineMayJoin() throws Exception {
        lab.address("2001").addCallObserver(observer);
        Connection line = lab.connect("1001", "2001")[1];
        observer.await("CallCtlTermConnRingingEv B");
        CallControlTerminalConnection a = (CallControlTerminalConnection) line.getTerminalConnections()[0];
        CallControlTerminalConnection b = (CallControlTerminalConnection) line.getTerminalConnections()[1];
        assertThat(joinAndLeave(a)).containsExactly(false, true);

        a.answer();

        assertThat(joinAndLeave(a)).containsExactly(false, true);
        assertThat(joinAndLeave(b)).containsExactly(true, true);
        b.join();
        assertThat(joinAndLeave(b)).containsExactly(false, true);
        ((CallControlCall) line.getCall()).drop();
        assertThat(joinAndLeave(a)).containsOnly(false);
    }

    private static List<Boolean> joinAndLeave(CallControlTerminalConnection tc) {
        CallControlTerminalConnectionCapabilities now = (CallControlTerminalConnectionCapabilities) tc.getCapabilities();
        return List.of(now.canJoin(), now.canLeave());
    }

    @Test
    void afterShutdownNoDynamicCapabilityIsLeft() throws Exception {
        Connection[] parts = answeredCall();
        CallControlTerminalConnection talking = (CallControlTerminalConnection) parts[1].getTerminalConnections()[0];
        Call idle = lab.newCall();

        lab.provider.shutdown();

        CallControlCallCapabilities call = (CallControlCallCapabilities) idle.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        assertThat(List.of(call.canConnect(), call.canOffHook(), call.canDrop())).containsOnly(false);
        assertThat(caps(parts[0])).containsOnly(false);
        assertThat(joinAndLeave(talking)).containsOnly(false);
        assertThat(talking.getCapabilities().canAnswer()).isFalse();
    }
}
