package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.Test;

class ConnectionEventImplTest {
    private final Call call = Doubles.named(Call.class, "call-1");
    private final Connection conn = Doubles.named(Connection.class, "conn-1");
    private final Address alice = Doubles.named(Address.class, "1001");
    private final Address bob = Doubles.named(Address.class, "1002");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheConnection() {
        CallInfo parties = new CallInfo(alice, null, bob, null);
        ConnectionEventImpl event = new ConnectionEventImpl(
                CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED, Event.CAUSE_NORMAL,
                CallControlEvent.CAUSE_REDIRECTED, null, call, parties, conn);

        assertThat(event.getID()).isEqualTo(CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED);
        assertThat(event.getCallControlCause()).isEqualTo(CallControlEvent.CAUSE_REDIRECTED);
        assertThat(event.getConnection()).isSameAs(conn);
        assertThat(event.getCall()).isSameAs(call);
        assertThat(event.getSource()).isSameAs(conn);
        assertThat(event.getCalledAddress()).isSameAs(bob);
        assertThat(event.getDigits()).isNull();
        assertThat(event.getNumberInQueue()).isZero();
    }

    @Test
    void dialingAndQueuedEventsCarryDigitsAndQueueLength() {
        ConnectionEventImpl dialing = new ConnectionEventImpl(
                CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, null, conn, "100", 0);
        ConnectionEventImpl queued = new ConnectionEventImpl(
                CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, null, conn, null, 4);

        assertThat(dialing.getDigits()).isEqualTo("100");
        assertThat(queued.getNumberInQueue()).isEqualTo(4);
    }

    @Test
    void rejectsAMissingConnection() {
        assertThatThrownBy(() -> new ConnectionEventImpl(ConnectionEvent.CONNECTION_CREATED,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, call, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ConnectionEvent CONNECTION_CREATED: connection is null");
    }

    @Test
    void toStringNamesIdCauseAndConnection() {
        assertThat(new ConnectionEventImpl(ConnectionEvent.CONNECTION_ALERTING,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, call, null, conn))
                .hasToString("ConnectionEvent[CONNECTION_ALERTING cause=CAUSE_NORMAL"
                        + " conn=conn-1]");
        assertThat(new ConnectionEventImpl(
                CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, new CallInfo(alice, null, null, null), conn,
                "100", 0))
                .hasToString("ConnectionEvent[CALLCTL_CONNECTION_DIALING cause=CAUSE_NORMAL"
                        + " conn=conn-1 digits=100 calling=1001]");
    }
}
