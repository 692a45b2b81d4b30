package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refused operation throws the exception the spec names, with a message that names the
 * object and its state, and changes nothing: afterwards the call is as it was and its subscribers
 * heard nothing (each test ends the call and checks the whole sequence they heard).
 */
class IllegalUseTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private Connection[] parts;
    private CallControlCall call;

    private static final List<String> RINGING_THEN_DROPPED = lines(connect("1001", "1002"), ringing("1002", "1002"),
            "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid());

    @BeforeEach
    void ringingCall() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        call = (CallControlCall) parts[0].getCall();
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** The call still rings as it did, and after it is dropped its subscribers heard only that. */
    private void assertNothingChanged() throws Exception {
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ALERTING [1002 RINGING]");
        assertThat(lab.provider.getCalls()).containsExactly(call);
        call.drop();
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(RINGING_THEN_DROPPED);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED"))
                .containsExactlyElementsOf(asListener(RINGING_THEN_DROPPED));
    }

    @Test
    void answeringATerminalConnectionThatDoesNotRingIsRefused() throws Exception {
        TerminalConnection talking = parts[0].getTerminalConnections()[0];

        assertThatThrownBy(talking::answer).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(talking);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.TERMINAL_CONNECTION_OBJECT);
            assertThat(e.getState()).isEqualTo(TerminalConnection.ACTIVE);
            assertThat(e.getMessage()).contains("1001", "TALKING", "answer needs a RINGING terminal connection");
        });
        assertNothingChanged();
    }

    @Test
    void connectingAnActiveCallAgainIsRefused() throws Exception {
        assertThatThrownBy(() -> call.connect(lab.terminal("1003"), lab.address("1003"), "1004"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(call);
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
                    assertThat(e.getState()).isEqualTo(Call.ACTIVE);
                    assertThat(e.getMessage()).contains(call.toString(), "ACTIVE", "connect needs an IDLE call");
                });
        assertThat(lab.address("1003").getConnections()).isNull();
        assertNothingChanged();
    }

    @Test
    void connectFromATerminalOfAnotherAddressIsRefused() throws Exception {
        Call idle = lab.newCall();

        assertThatThrownBy(() -> idle.connect(lab.terminal("1004"), lab.address("1003"), "1002"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("Terminal[1004]")
                .hasMessageContaining("Address[1003]");
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertThat(idle.getConnections()).isNull();
        assertNothingChanged();
    }

    @Test
    void connectWithATerminalOrAddressOfAnotherProviderIsRefused() throws Exception {
        Call idle = lab.newCall();
        try (SimLab other = new SimLab()) {
            assertThatThrownBy(() -> idle.connect(other.terminal("1003"), lab.address("1003"), "1002"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("origterm 1003 is not a terminal of provider " + lab.provider.getName());
            assertThatThrownBy(() -> idle.connect(lab.terminal("1003"), other.address("1003"), "1002"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("origaddr 1003 is not a local address of provider " + lab.provider.getName());
        }
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertNothingChanged();
    }

    @Test
    void connectWithNullTerminalOrAddressIsRefused() throws Exception {
        Call idle = lab.newCall();

        assertThatThrownBy(() -> idle.connect(null, lab.address("1003"), "1002"))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("origterm is null");
        assertThatThrownBy(() -> idle.connect(lab.terminal("1003"), null, "1002"))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("origaddr is null");
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertNothingChanged();
    }

    @Test
    void connectFromARemoteAddressIsRefused() throws Exception {
        lab.sim.call("5550100", "1005");
        Recorder inbound = new Recorder();
        lab.address("1005").addCallObserver(inbound);
        inbound.await("CallCtlTermConnRingingEv 1005");
        Call incoming = lab.address("1005").getConnections()[0].getCall();
        Call idle = lab.newCall();

        assertThatThrownBy(() -> idle.connect(lab.terminal("1003"),
                ((CallControlCall) incoming).getCallingAddress(), "1002"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("5550100 is not a local address");
        ((CallControlCall) incoming).drop();
        assertNothingChanged();
    }

    @Test
    void connectToADestinationNoPartyCanHaveIsRefusedAsAnInvalidParty() throws Exception {
        Call idle = lab.newCall();

        for (String bad : new String[] {"abc", "", null}) {
            assertThatThrownBy(() -> idle.connect(lab.terminal("1003"), lab.address("1003"), bad))
                    .isInstanceOfSatisfying(InvalidPartyException.class, e -> {
                        assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY);
                        assertThat(e.getMessage()).contains(bad == null ? "null" : bad.isEmpty() ? "empty" : "'abc'");
                    });
        }
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertThat(lab.address("1003").getConnections()).isNull();
        assertNothingChanged();
    }

    @Test
    void unknownAddressesAndTerminalsAreInvalidArguments() throws Exception {
        for (String name : new String[] {"9999", "5550100", "abc"}) {
            assertThatThrownBy(() -> lab.provider.getAddress(name)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("address " + name + " is not in provider " + lab.provider.getName());
            assertThatThrownBy(() -> lab.provider.getTerminal(name)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("terminal " + name + " is not in provider " + lab.provider.getName());
        }
        assertThatThrownBy(() -> lab.provider.getAddress(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> lab.provider.getTerminal(null)).isInstanceOf(InvalidArgumentException.class);
        assertNothingChanged();
    }

    @Test
    void joinOrLeaveOutsideTheirStatesIsRefused() throws Exception {
        CallControlTerminalConnection talking = (CallControlTerminalConnection) parts[0].getTerminalConnections()[0];
        CallControlTerminalConnection ringing = (CallControlTerminalConnection) parts[1].getTerminalConnections()[0];

        assertThatThrownBy(talking::join).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("TALKING").hasMessageContaining("join needs");
        assertThatThrownBy(ringing::join).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("RINGING").hasMessageContaining("join needs");
        assertNothingChanged();
        assertThatThrownBy(talking::leave).isInstanceOf(InvalidStateException.class).hasMessageContaining("DROPPED");
    }

    @Test
    void answeringAfterTheCallerHungUpIsRefused() throws Exception {
        TerminalConnection ringing = parts[1].getTerminalConnections()[0];
        parts[0].disconnect();

        assertThatThrownBy(ringing::answer).isInstanceOf(InvalidStateException.class).hasMessageContaining("DROPPED");
        assertThat(describe(ringing)).isEqualTo("1002 DROPPED");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(RINGING_THEN_DROPPED);
    }

    @Test
    void capabilityQueriesWithForeignObjectsAreInvalidArguments() throws Exception {
        try (SimLab other = new SimLab()) {
            assertThatThrownBy(() -> call.getCallCapabilities(other.terminal("1001"), lab.address("1001")))
                    .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("terminal 1001");
            assertThatThrownBy(() -> parts[0].getConnectionCapabilities(lab.terminal("1001"), other.address("1001")))
                    .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("address 1001");
            assertThatThrownBy(() -> lab.provider.getTerminalCapabilities(null))
                    .isInstanceOf(InvalidArgumentException.class).hasMessage("terminal is null");
        }
        assertNothingChanged();
    }
}
