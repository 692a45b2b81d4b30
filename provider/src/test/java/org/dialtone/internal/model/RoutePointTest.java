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
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.Ev;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A route point: a call to it waits, OFFERED, for the application to accept or reject it. */
class RoutePointTest {
    private static final String ROUTE = "3000";

    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002")
            .terminal("1001", "1001").terminal("1002", "1002").routePoint(ROUTE).build());
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    private static final List<String> OFFERED = lines(connect("1001", ROUTE), "-- META_CALL_PROGRESS",
            "ConnInProgressEv " + ROUTE, "CallCtlConnOfferedEv " + ROUTE);

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlConnection offered() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", ROUTE);
        observer.await("CallCtlConnOfferedEv " + ROUTE);
        return (CallControlConnection) parts[1];
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void callToARoutePointIsOfferedWithoutRinging() throws Exception {
        CallControlConnection routed = offered();

        assertThat(describe(routed.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", ROUTE + " OFFERED");
        assertThat(routed.getState()).isEqualTo(Connection.INPROGRESS);
        assertThat(lab.address(ROUTE).getTerminals()).isNull();
        assertThat(observer.lines()).containsExactlyElementsOf(OFFERED);
    }

    @Test
    void acceptingMakesTheRoutePointAlert() throws Exception {
        CallControlConnection routed = offered();

        routed.accept();

        assertThat(describe(routed.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", ROUTE + " ALERTING");
        routed.getCall().getConnections()[0].disconnect();
        assertBothModelsSaw(lines(OFFERED, "-- META_CALL_PROGRESS", "ConnAlertingEv " + ROUTE,
                "CallCtlConnAlertingEv " + ROUTE, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected(ROUTE), invalid()));
    }

    @Test
    void rejectingEndsTheCallWithCauseCallCancelled() throws Exception {
        EventLog log = new EventLog();
        lab.address(ROUTE).addCallObserver(log);
        CallControlConnection routed = offered();
        Call call = routed.getCall();
        Connection caller = call.getConnections()[0];

        routed.reject();

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(routed)).isEqualTo(ROUTE + " DISCONNECTED");
        assertThat(describe(caller)).isEqualTo("1001 DISCONNECTED");
        ConnDisconnectedEv rejected = log.observed(ConnDisconnectedEv.class);
        assertThat(rejected.getConnection()).isSameAs(routed);
        assertThat(rejected.getCause()).isEqualTo(Ev.CAUSE_CALL_CANCELLED);
        assertBothModelsSaw(lines(OFFERED, "-- META_CALL_ENDING", disconnected(ROUTE), disconnected("1001", "1001"),
                invalid()));
    }

    @Test
    void acceptOrRejectOnceAcceptedIsRefusedAndLeavesTheCallAsItWas() throws Exception {
        CallControlConnection routed = offered();
        routed.accept();

        assertThatThrownBy(routed::accept).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(routed);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
            assertThat(e.getMessage()).contains(ROUTE, "ALERTING", "accept needs an OFFERED connection");
        });
        assertThatThrownBy(routed::reject).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("ALERTING").hasMessageContaining("reject needs an OFFERED connection");

        assertThat(describe(routed.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", ROUTE + " ALERTING");
        routed.getCall().getConnections()[0].disconnect();
        assertBothModelsSaw(lines(OFFERED, "-- META_CALL_PROGRESS", "ConnAlertingEv " + ROUTE,
                "CallCtlConnAlertingEv " + ROUTE, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected(ROUTE), invalid()));
    }

    @Test
    void acceptOrRejectOfTheCallersOwnConnectionIsRefused() throws Exception {
        CallControlConnection routed = offered();
        CallControlConnection caller = (CallControlConnection) routed.getCall().getConnections()[0];

        assertThatThrownBy(caller::accept).isInstanceOf(InvalidStateException.class).hasMessageContaining("ESTABLISHED");
        assertThatThrownBy(caller::reject).isInstanceOf(InvalidStateException.class).hasMessageContaining("ESTABLISHED");

        assertThat(describe(routed.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", ROUTE + " OFFERED");
        routed.reject();
        assertBothModelsSaw(lines(OFFERED, "-- META_CALL_ENDING", disconnected(ROUTE), disconnected("1001", "1001"),
                invalid()));
    }

    @Test
    void acceptOfAnAddressThatRingsIsRefused() throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThatThrownBy(((CallControlConnection) parts[1])::accept).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("1002").hasMessageContaining("ALERTING");
        assertThatThrownBy(((CallControlConnection) parts[1])::reject).isInstanceOf(InvalidStateException.class);

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        parts[0].disconnect();
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1001", "1002"),
                ringing("1002", "1002"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid()));
    }

    @Test
    void callFromBeyondTheSwitchToARoutePointIsOfferedAndCanBeAccepted() throws Exception {
        lab.address(ROUTE).addCallObserver(observer);
        lab.sim.call("5550100", ROUTE);
        observer.await("CallCtlConnOfferedEv " + ROUTE);
        Call call = lab.provider.getCalls()[0];
        CallControlConnection routed = (CallControlConnection) call.getConnections()[1];

        routed.accept();

        assertThat(describe(call)).containsExactly("5550100 ESTABLISHED", ROUTE + " ALERTING");
        routed.disconnect();
        assertThat(observer.await("CallObservationEndedEv")).containsExactly(
                "-- META_CALL_STARTING", "CallActiveEv", "ConnCreatedEv 5550100", "ConnConnectedEv 5550100",
                "CallCtlConnEstablishedEv 5550100", "ConnCreatedEv " + ROUTE,
                "-- META_CALL_PROGRESS", "ConnInProgressEv " + ROUTE, "CallCtlConnOfferedEv " + ROUTE,
                "-- META_CALL_PROGRESS", "ConnAlertingEv " + ROUTE, "CallCtlConnAlertingEv " + ROUTE,
                "-- META_CALL_ENDING", "ConnDisconnectedEv " + ROUTE, "CallCtlConnDisconnectedEv " + ROUTE,
                "ConnDisconnectedEv 5550100", "CallCtlConnDisconnectedEv 5550100", "CallInvalidEv",
                "-- META_UNKNOWN", "CallObservationEndedEv");
    }
}
