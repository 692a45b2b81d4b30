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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pickup on the sim, in every form: a connection, a terminal connection, an address, a named
 * pickup group and the picker's own group; onto another address (the picked connection leaves) or
 * the ringing address itself (the terminal answers); and every refusal. The call is watched from
 * the caller's address, which stays in it throughout.
 */
class PickupTest {
    static final SwitchPlan PLAN = SwitchPlan.builder()
            .address("1001").address("1002").address("1003").address("1004").address("2001")
            .terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003").terminal("1004", "1004")
            .terminal("A", "2001").terminal("B", "2001")
            .pickupGroup("sales", "1002", "1003", "1004")
            .build();

    private final SimLab lab = new SimLab(PLAN);
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /**
     * Terminal {@code at} takes the call waiting or ringing at {@code from} on its own address
     * {@code at}: the picker joins, connected and talking, then the picked connection (with the
     * terminals {@code fromTerminals} that rang there) leaves.
     */
    static List<String> pickedUp(String from, String at, String... fromTerminals) {
        return lines("-- META_CALL_ADDITIONAL_PARTY", "ConnCreatedEv " + at, "TermConnCreatedEv " + at,
                "TermConnActiveEv " + at, "CallCtlTermConnTalkingEv " + at, "ConnConnectedEv " + at,
                "CallCtlConnEstablishedEv " + at, "-- META_CALL_REMOVING_PARTY", disconnected(from, fromTerminals));
    }

    /** 1001 calls {@code to}, which rings; the recorders watch 1001. */
    private Connection[] ringingAt(String to, String... terminals) throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", to);
        observer.await("CallCtlTermConnRingingEv " + terminals[terminals.length - 1]);
        return parts;
    }

    private CallControlTerminal terminal(String name) {
        return (CallControlTerminal) lab.terminal(name);
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

    /** 1003 took the call that rang at 1002: the call is 1001 and 1003, both talking. */
    private void assertTakenBy1003(Connection[] parts, TerminalConnection picked) throws Exception {
        assertThat(lab.terminal("1002").getTerminalConnections()).isNull();
        assertThat(picked.getTerminal()).isSameAs(lab.terminal("1003"));
        assertThat(picked.getConnection().getAddress()).isSameAs(lab.address("1003"));
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(lab.address("1002").getConnections()).isNull();
        assertHeard(lines(connect("1001", "1002"), ringing("1002", "1002"), pickedUp("1002", "1003", "1002")));
    }

    @Test
    void pickingUpARingingConnectionTakesTheCallOnThePickersAddress() throws Exception {
        EventLog log = new EventLog();
        lab.address("1002").addCallObserver(log);
        Connection[] parts = ringingAt("1002", "1002");
        TerminalConnection rang = parts[1].getTerminalConnections()[0];

        TerminalConnection picked = terminal("1003").pickup(parts[1], lab.address("1003"));

        assertTakenBy1003(parts, picked);
        assertThat(describe(rang)).isEqualTo("1002 DROPPED");
        CallCtlConnDisconnectedEv gone = log.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getConnection()).isSameAs(parts[1]);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_CALL_PICKUP);
    }

    @Test
    void pickingUpARingingTerminalConnectionTakesItsCall() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        TerminalConnection picked = terminal("1003").pickup(parts[1].getTerminalConnections()[0],
                lab.address("1003"));

        assertTakenBy1003(parts, picked);
    }

    @Test
    void pickingUpFromARingingAddressTakesItsCall() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        TerminalConnection picked = terminal("1003").pickup(lab.address("1002"), lab.address("1003"));

        assertTakenBy1003(parts, picked);
    }

    @Test
    void pickingUpFromANamedGroupTakesTheCallRingingInIt() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        TerminalConnection picked = terminal("1003").pickupFromGroup("sales", lab.address("1003"));

        assertTakenBy1003(parts, picked);
    }

    @Test
    void pickingUpFromThePickersOwnGroupTakesTheCallRingingInIt() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        TerminalConnection picked = terminal("1003").pickupFromGroup(lab.address("1003"));

        assertTakenBy1003(parts, picked);
    }

    @Test
    void aGroupPickupTakesTheCallThatStartedRingingFirst() throws Exception {
        Connection[] first = ringingAt("1004", "1004");
        Connection[] second = lab.newCall().connect(lab.terminal("A"), lab.address("2001"), "1002");
        Recorder watch = new Recorder();
        second[0].getCall().addObserver(watch);
        watch.await("CallCtlTermConnRingingEv 1002");

        TerminalConnection picked = terminal("1003").pickupFromGroup(lab.address("1003"));

        assertThat(picked.getConnection().getCall()).isSameAs(first[0].getCall());
        assertThat(describe(first[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertThat(describe(second[0].getCall())).containsExactly("2001 ESTABLISHED [A TALKING]",
                "1002 ALERTING [1002 RINGING]");
    }

    @Test
    void pickingUpACallRingingAtThePickersOwnAddressAnswersIt() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");
        TerminalConnection rang = parts[1].getTerminalConnections()[0];

        TerminalConnection picked = terminal("1002").pickup(parts[1], lab.address("1002"));

        assertThat(picked).isSameAs(rang);
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertHeard(lines(connect("1001", "1002"), ringing("1002", "1002"), answered("1002", "1002")));
    }

    @Test
    void aPhoneOfASharedLineThatLeftTheRingingCallCanStillPickItUp() throws Exception {
        Connection[] parts = ringingAt("2001", "A", "B");
        TerminalConnection atB = parts[1].getTerminalConnections()[1];
        ((CallControlTerminalConnection) atB).leave(); // B's user silenced the ringing; A still rings

        TerminalConnection picked = terminal("B").pickup(parts[1], lab.address("2001"));

        assertThat(picked).isNotSameAs(atB);
        assertThat(describe(parts[1])).isEqualTo("2001 ESTABLISHED [A BRIDGED, B TALKING]");
        assertHeard(lines(connect("1001", "2001"), ringing("2001", "A", "B"),
                "-- META_CALL_REMOVING_PARTY", "TermConnDroppedEv B", "CallCtlTermConnDroppedEv B",
                "-- META_CALL_PROGRESS", "TermConnCreatedEv B", "TermConnActiveEv B", "CallCtlTermConnTalkingEv B",
                "TermConnPassiveEv A", "CallCtlTermConnBridgedEv A", "ConnConnectedEv 2001",
                "CallCtlConnEstablishedEv 2001"));
    }

    // ---- refusals --------------------------------------------------------------------------------

    /** The call 1001 to 1002 still rings, and after a drop the recorders heard only that. */
    private void assertStillRinging(Connection[] parts) throws Exception {
        Call call = parts[0].getCall();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ALERTING [1002 RINGING]");
        assertThat(lab.address("1003").getConnections()).isNull();
        ((CallControlCall) call).drop();
        assertHeard(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void pickingUpAnAnsweredConnectionIsRefusedAsAnInvalidState() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");
        parts[1].getTerminalConnections()[0].answer();

        assertThatThrownBy(() -> terminal("1003").pickup(parts[1], lab.address("1003")))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(parts[1]);
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
                    assertThat(e.getMessage()).contains("ESTABLISHED", "pickup needs a QUEUED or ALERTING connection");
                });
        assertThatThrownBy(() -> terminal("1003").pickup(parts[1].getTerminalConnections()[0], lab.address("1003")))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("pickup needs a RINGING terminal connection");
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void pickingUpWhereNothingRingsIsRefusedAsAnInvalidState() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        assertThatThrownBy(() -> terminal("1003").pickup(lab.address("1004"), lab.address("1003")))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(lab.address("1004"));
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.ADDRESS_OBJECT);
                    assertThat(e.getMessage()).isEqualTo("nothing rings or waits at 1004 for Terminal[1003] to pick up");
                });
        assertStillRinging(parts);
    }

    @Test
    void pickingUpFromAGroupWhereNothingRingsIsRefusedAsAnInvalidState() throws Exception {
        Connection[] parts = ringingAt("2001", "A", "B"); // rings outside the group

        assertThatThrownBy(() -> terminal("1003").pickupFromGroup("sales", lab.address("1003")))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(lab.terminal("1003"));
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.TERMINAL_OBJECT);
                    assertThat(e.getMessage())
                            .isEqualTo("no call rings in pickup group 'sales' for Terminal[1003] to pick up");
                });
        assertThatThrownBy(() -> terminal("1003").pickupFromGroup(lab.address("1003")))
                .isInstanceOf(InvalidStateException.class);
        assertThat(describe(parts[1])).isEqualTo("2001 ALERTING [A RINGING, B RINGING]");
    }

    @Test
    void aGroupPickupDoesNotTakeTheCallRingingAtThePickerItself() throws Exception {
        Connection[] parts = ringingAt("1003", "1003");

        assertThatThrownBy(() -> terminal("1003").pickupFromGroup(lab.address("1003")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("no call rings in pickup group");
        assertThat(describe(parts[1])).isEqualTo("1003 ALERTING [1003 RINGING]");
    }

    @Test
    void pickingUpFromAGroupThatDoesNotExistOrThatThePickerIsNotInIsRefusedAsAnInvalidArgument() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        assertThatThrownBy(() -> terminal("1003").pickupFromGroup("support", lab.address("1003")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("provider " + lab.provider.getName() + " has no pickup group 'support'; its groups are sales");
        assertThatThrownBy(() -> terminal("1003").pickupFromGroup(null, lab.address("1003")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("has no pickup group null");
        assertThatThrownBy(() -> terminal("A").pickupFromGroup(lab.address("2001")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Address[2001] belongs to no pickup group; name one of sales");
        assertStillRinging(parts);
    }

    @Test
    void pickingUpOntoAnAddressThePickerDoesNotCarryIsRefusedAsAnInvalidArgument() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        assertThatThrownBy(() -> terminal("1003").pickup(parts[1], lab.address("1004")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Terminal[1003] does not carry Address[1004], so it cannot pick up a call there");
        assertThatThrownBy(() -> terminal("1003").pickup(parts[1], null))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("terminalAddress is null");
        assertThatThrownBy(() -> terminal("1003").pickup((Connection) null, lab.address("1003")))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("pickupConnection is null");
        assertThatThrownBy(() -> terminal("1003").pickup((TerminalConnection) null, lab.address("1003")))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("pickTermConn is null");
        assertThatThrownBy(() -> terminal("1003").pickup((Address) null, lab.address("1003")))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("pickupAddress is null");
        assertStillRinging(parts);
    }

    @Test
    void aCallersOwnPhoneCannotPickUpTheCallItIsMaking() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");

        assertThatThrownBy(() -> terminal("1001").pickup(parts[1], lab.address("1001")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Address[1001] is already a party of " + parts[0].getCall());
        assertThatThrownBy(() -> terminal("1001").pickup(lab.address("1002"), lab.address("1001")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("nothing rings or waits at 1002");
        assertStillRinging(parts);
    }

    @Test
    void connectionsOfAnotherProviderAreRefusedAsInvalidArguments() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");
        try (SimLab other = new SimLab(PLAN)) {
            Connection[] foreign = other.connect("1001", "1002");

            assertThatThrownBy(() -> terminal("1003").pickup(foreign[1], lab.address("1003")))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("is not a connection of provider " + lab.provider.getName());
        }
        assertStillRinging(parts);
    }

    @Test
    void aSwitchWithoutPickupGroupsDoesNotSupportGroupPickupAndSaysSo() throws Exception {
        try (SimLab bare = new SimLab()) {
            CallControlTerminal t = (CallControlTerminal) bare.terminal("1003");

            assertThatThrownBy(() -> t.pickupFromGroup("sales", bare.address("1003")))
                    .isInstanceOf(MethodNotSupportedException.class)
                    .hasMessageStartingWith("pickupFromGroup is not supported by provider " + bare.provider.getName());
            assertThatThrownBy(() -> t.pickupFromGroup(bare.address("1003")))
                    .isInstanceOf(MethodNotSupportedException.class);
            CallControlTerminalCapabilities caps =
                    (CallControlTerminalCapabilities) bare.provider.getTerminalCapabilities();
            assertThat(List.of(caps.canPickup(), caps.canPickupFromGroup(), caps.canPickupFromGroup(null)))
                    .containsExactly(true, false, false);
        }
    }

    @Test
    void pickupOnAShutDownProviderIsRefusedAsAnInvalidState() throws Exception {
        Connection[] parts = ringingAt("1002", "1002");
        lab.provider.shutdown();

        assertThatThrownBy(() -> terminal("1003").pickup(parts[1], lab.address("1003")))
                .isInstanceOfSatisfying(InvalidStateException.class,
                        e -> assertThat(e.getObjectType()).isEqualTo(InvalidStateException.PROVIDER_OBJECT));
        assertThatThrownBy(() -> terminal("1003").pickupFromGroup(lab.address("1003")))
                .isInstanceOf(InvalidStateException.class);
    }

    // ---- capabilities ----------------------------------------------------------------------------

    @Test
    void everyPhoneMayPickUpAndThoseInAGroupFromTheirOwnGroup() {
        CallControlTerminalCapabilities all = (CallControlTerminalCapabilities) lab.provider.getTerminalCapabilities();
        assertThat(pickups(all)).containsExactly(true, true, true, true, true);
        assertThat(pickups(terminal("1003").getCapabilities())).containsExactly(true, true, true, true, true);
        assertThat(pickups(terminal("1001").getCapabilities())).containsExactly(true, true, true, true, false);

        lab.provider.shutdown();

        assertThat(pickups(terminal("1003").getCapabilities())).containsOnly(false);
        assertThat(terminal("1003").getCapabilities().isObservable()).isTrue();
    }

    /** canPickup(Connection, Address), (TerminalConnection, Address), (Address, Address), FromGroup(String, Address), FromGroup(Address). */
    private static List<Boolean> pickups(javax.telephony.capabilities.TerminalCapabilities capabilities) {
        CallControlTerminalCapabilities c = (CallControlTerminalCapabilities) capabilities;
        List<Boolean> out = new ArrayList<>();
        out.add(c.canPickup((Connection) null, null));
        out.add(c.canPickup((TerminalConnection) null, null));
        out.add(c.canPickup((Address) null, null));
        out.add(c.canPickupFromGroup(null, null));
        out.add(c.canPickupFromGroup(null));
        return out;
    }
}
