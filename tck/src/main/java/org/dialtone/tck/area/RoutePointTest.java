package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.tck.events.Sequences.assertMatches;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.events.ConnDisconnectedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Routing offered calls: CallControlConnection.accept and reject, at a route point. */
@Area(value = "Respond: accept / reject", covers = "CallControlConnection.accept, reject")
@Requires({Feature.CONNECT, Feature.CALL_CONTROL})
public class RoutePointTest extends TckTest {

    private EventLog log;
    private Call call;

    /** Calls the route point from phone a and waits until its connection is offered. */
    private CallControlConnection offered() throws Exception {
        log = newLog();
        call = provider.createCall();
        observe(call, log);
        Connection[] connections = call.connect(a.terminal(), a.address(), routePoint().getName());
        log.awaitObserved(connections[1], CallCtlConnOfferedEv.ID);
        return (CallControlConnection) connections[1];
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    void aCallToARoutePointIsOfferedAndInProgress() throws Exception {
        CallControlConnection offered = offered();

        assertCallControlState(offered, CallControlConnection.OFFERED);
        assertConnectionState(offered, Connection.INPROGRESS);
        assertThat(offered.getAddress()).isEqualTo(routePoint());
        assertThat(none(offered.getTerminalConnections())).as("terminal connections of a route point").isTrue();
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires(Feature.ACCEPT)
    void acceptMovesAnOfferedConnectionToAlertingWhenItReturns() throws Exception {
        CallControlConnection offered = offered();

        offered.accept();

        assertCallControlState(offered, CallControlConnection.ALERTING);
        assertConnectionState(offered, Connection.ALERTING);
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires(Feature.ACCEPT)
    void acceptIsHeardAsOfferedThenAlerting() throws Exception {
        CallControlConnection offered = offered();

        offered.accept();

        log.awaitObserved(offered, CallCtlConnAlertingEv.ID);
        assertMatches("the route point's call-control events", log.query().observer().about(offered)
                .callControl().names(), "CallCtlConnOfferedEv", "CallCtlConnAlertingEv");
        assertMatches("the route point's core events", log.query().observer().about(offered).core().names(),
                "ConnCreatedEv", "ConnInProgressEv", "ConnAlertingEv");
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires(Feature.REJECT)
    void rejectDisconnectsAnOfferedConnectionWhenItReturns() throws Exception {
        CallControlConnection offered = offered();

        offered.reject();

        assertCallControlState(offered, CallControlConnection.DISCONNECTED);
        assertConnectionState(offered, Connection.DISCONNECTED);
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires(Feature.REJECT)
    void rejectIsHeardAsADisconnection() throws Exception {
        CallControlConnection offered = offered();

        offered.reject();

        Seen gone = log.awaitObserved(offered, ConnDisconnectedEv.ID);
        assertThat(gone.connection()).isEqualTo(offered);
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires(Feature.ACCEPT)
    void acceptingTwiceIsRefusedAndChangesNothing() throws Exception {
        CallControlConnection offered = offered();
        offered.accept();

        assertRefused(InvalidStateException.class, call, offered::accept);
        assertCallControlState(offered, CallControlConnection.ALERTING);
    }

    @Test
    @Needs(Need.ROUTE_POINT)
    @Requires({Feature.ACCEPT, Feature.REJECT})
    void rejectingAnAcceptedCallIsRefusedAndChangesNothing() throws Exception {
        CallControlConnection offered = offered();
        offered.accept();

        assertRefused(InvalidStateException.class, call, offered::reject);
    }

    @Test
    @Requires(Feature.ACCEPT)
    void acceptingAnAlertingConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(), ((CallControlConnection) placed.destination())::accept);
    }

    @Test
    @Requires(Feature.REJECT)
    void rejectingAnAlertingConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(), ((CallControlConnection) placed.destination())::reject);
    }

    @Test
    @Requires(Feature.ACCEPT)
    void acceptingTheCallersConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(), ((CallControlConnection) placed.origin())::accept);
    }
}
