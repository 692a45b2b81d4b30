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
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ending calls: drop() of the whole call, and disconnect() of a party that failed or already left. */
class DropAndDisconnectTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection[] ringingCall() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        return parts;
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void dropEndsAnAnsweredCallDisconnectingEveryParty() throws Exception {
        Connection[] parts = ringingCall();
        TerminalConnection called = parts[1].getTerminalConnections()[0];
        called.answer();
        CallControlCall call = (CallControlCall) parts[0].getCall();

        call.drop();

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(call.getConnections()).isNull();
        assertThat(describe(parts[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(describe(called)).isEqualTo("1002 DROPPED");
        assertThat(lab.provider.getCalls()).isNull();
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), answered("1002", "1002"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void dropEndsACallThatStillRings() throws Exception {
        Connection[] parts = ringingCall();

        ((CallControlCall) parts[0].getCall()).drop();

        assertThat(parts[0].getCall().getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void dropEndsACallWhoseDestinationFailed() throws Exception {
        lab.party("1002").willBeBusy();
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlConnFailedEv 1002");

        ((CallControlCall) parts[0].getCall()).drop();

        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1001", "1002"),
                "-- META_CALL_PROGRESS", "ConnFailedEv 1002", "CallCtlConnFailedEv 1002", "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002"), invalid()));
    }

    @Test
    void dropOfACallThatIsNotActiveIsRefused() throws Exception {
        CallControlCall idle = lab.newCall();
        assertThatThrownBy(idle::drop).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(idle);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
            assertThat(e.getState()).isEqualTo(Call.IDLE);
            assertThat(e.getMessage()).contains("IDLE", "drop needs an ACTIVE call");
        });

        Connection[] parts = lab.connect("1001", "1002");
        CallControlCall ended = (CallControlCall) parts[0].getCall();
        ended.drop();
        assertThatThrownBy(ended::drop).isInstanceOf(InvalidStateException.class).hasMessageContaining("INVALID");
    }

    @Test
    void disconnectingTheFailedPartyRemovesItAndEndsTheCallOfTheLoneCaller() throws Exception {
        // Connection.disconnect may end the whole call; with only the caller left, this one does.
        lab.party("1002").willBeBusy();
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlConnFailedEv 1002");

        parts[1].disconnect();

        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(describe(parts[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(parts[0].getCall().getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", "ConnFailedEv 1002",
                "CallCtlConnFailedEv 1002", "-- META_CALL_ENDING", disconnected("1002"), disconnected("1001", "1001"),
                invalid()));
    }

    @Test
    void disconnectingAPartyThatAlreadyLeftIsRefused() throws Exception {
        Connection[] parts = ringingCall();
        parts[0].disconnect();

        for (Connection gone : parts) {
            assertThatThrownBy(gone::disconnect).isInstanceOfSatisfying(InvalidStateException.class, e -> {
                assertThat(e.getObject()).isSameAs(gone);
                assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
                assertThat(e.getState()).isEqualTo(Connection.DISCONNECTED);
                assertThat(e.getMessage()).contains(gone.getAddress().getName(), "DISCONNECTED");
            });
        }
    }

    @Test
    void calledPartyDisconnectingWhileRingingEndsTheCall() throws Exception {
        Connection[] parts = ringingCall();

        parts[1].disconnect();

        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1002", "1002"), disconnected("1001", "1001"), invalid()));
    }
}
