package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.diverted;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.Ev;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CallControlConnection.redirect: a call ringing (or offered) at a local address goes to another
 * address instead. The redirected connection is DISCONNECTED with CAUSE_REDIRECTED, a new
 * connection at the destination goes on as any called party, and the call names the redirecting
 * address as its last redirected address.
 */
class RedirectTest {
    private static final String FAR = "5550100";
    private static final String BUSY_FAR = "5550199";
    private static final String ROUTE = "3000";

    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002").address("1003")
            .address("1004").terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003")
            .terminal("1004", "1004").routePoint(ROUTE).external(FAR, ExternalBehaviour.ANSWER)
            .external(BUSY_FAR, ExternalBehaviour.BUSY).build());
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();

    private static final List<String> RINGING = lines(connect("1001", "1002"), ringing("1002", "1002"));

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** 1001 calls 1002, observed from 1001, and 1002 rings. */
    private Connection[] ringing1002() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        return parts;
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void redirectingARingingCallRingsTheDestinationAndDisconnectsTheRedirectedParty() throws Exception {
        Connection[] parts = ringing1002();
        Call call = parts[0].getCall();

        Connection moved = ((CallControlConnection) parts[1]).redirect("1003");

        assertThat(moved.getAddress()).isSameAs(lab.address("1003"));
        assertThat(moved.getCall()).isSameAs(call);
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(((CallControlCall) call).getLastRedirectedAddress()).isSameAs(lab.address("1002"));
        assertThat(((CallControlCall) call).getCalledAddress()).isSameAs(lab.address("1002"));
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1003 ALERTING [1003 RINGING]");
        assertThat(lab.terminal("1002").getTerminalConnections()).isNull();
        assertThat(lab.address("1002").getConnections()).isNull();

        moved.getTerminalConnections()[0].answer();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        parts[0].disconnect();

        assertThat(describe(moved)).isEqualTo("1003 DISCONNECTED");
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_PROGRESS", diverted("1002", "1003", "1002"),
                ringing("1003", "1003"), answered("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1003", "1003"), invalid()));
    }

    @Test
    void theRedirectedPartyLeavesWithCauseRedirectedAndEventsNameTheLastRedirectedAddress() throws Exception {
        Connection[] parts = ringing1002();

        ((CallControlConnection) parts[1]).redirect("1003");

        CallCtlConnDisconnectedEv gone = log.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getConnection()).isSameAs(parts[1]);
        assertThat(gone.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        assertThat(gone.getLastRedirectedAddress()).isSameAs(lab.address("1002"));
        assertThat(gone.getCalledAddress()).isSameAs(lab.address("1002"));
        assertThat(log.observed(ConnDisconnectedEv.class).getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(log.observed(CallCtlTermConnDroppedEv.class).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        CallControlConnectionEvent heard = (CallControlConnectionEvent) log.heard(
                CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED, e -> true);
        assertThat(heard.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        assertThat(heard.getLastRedirectedAddress()).isSameAs(lab.address("1002"));
        CallControlTerminalConnectionEvent dropped = (CallControlTerminalConnectionEvent) log.heard(
                CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED, e -> true);
        assertThat(dropped.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
    }

    @Test
    void anObserverOfTheRedirectingAddressStopsHearingTheCallAndOneOfTheDestinationStarts() throws Exception {
        Recorder at1002 = new Recorder();
        Recorder at1003 = new Recorder();
        lab.address("1002").addCallObserver(at1002);
        lab.address("1003").addCallObserver(at1003);
        Connection[] parts = ringing1002();

        ((CallControlConnection) parts[1]).redirect("1003");
        at1003.await("CallCtlTermConnRingingEv 1003");
        parts[0].disconnect();

        assertThat(at1002.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(RINGING,
                "-- META_CALL_PROGRESS", diverted("1002", "1003", "1002"), "-- META_UNKNOWN",
                "CallObservationEndedEv"));
        // 1003's observer joins with the redirect itself, so it hears the whole of it
        assertThat(at1003.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(
                "-- META_CALL_PROGRESS", diverted("1002", "1003", "1002"), ringing("1003", "1003"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1003", "1003"), invalid()));
    }

    @Test
    void redirectingToANumberBeyondTheSwitchReachesItThere() throws Exception {
        Connection[] parts = ringing1002();

        Connection far = ((CallControlConnection) parts[1]).redirect(FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(far.getAddress().getName()).isEqualTo(FAR);
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                FAR + " ESTABLISHED");
        parts[0].disconnect();
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_PROGRESS", diverted("1002", FAR, "1002"),
                "-- META_CALL_PROGRESS", "ConnInProgressEv " + FAR, "CallCtlConnNetworkReachedEv " + FAR,
                "-- META_CALL_PROGRESS", "ConnAlertingEv " + FAR, "CallCtlConnNetworkAlertingEv " + FAR,
                "-- META_CALL_PROGRESS", "ConnConnectedEv " + FAR, "CallCtlConnEstablishedEv " + FAR,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected(FAR), invalid()));
    }

    @Test
    void aRedirectToABusyPartyFailsThereWhileTheCallerStays() throws Exception {
        Connection[] parts = ringing1002();

        Connection busy = ((CallControlConnection) parts[1]).redirect(BUSY_FAR);
        observer.await("CallCtlConnFailedEv " + BUSY_FAR);

        assertThat(log.observed(CallCtlConnFailedEv.class).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_BUSY);
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                BUSY_FAR + " FAILED");
        parts[0].disconnect();
        assertThat(describe(busy)).isEqualTo(BUSY_FAR + " DISCONNECTED");
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_PROGRESS", diverted("1002", BUSY_FAR, "1002"),
                "-- META_CALL_PROGRESS", "ConnFailedEv " + BUSY_FAR, "CallCtlConnFailedEv " + BUSY_FAR,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected(BUSY_FAR), invalid()));
    }

    @Test
    void anOfferedCallAtARoutePointCanBeRedirected() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", ROUTE);
        observer.await("CallCtlConnOfferedEv " + ROUTE);

        Connection routed = ((CallControlConnection) parts[1]).redirect("1004");
        observer.await("CallCtlTermConnRingingEv 1004");

        assertThat(describe(parts[1])).isEqualTo(ROUTE + " DISCONNECTED");
        assertThat(((CallControlCall) parts[0].getCall()).getLastRedirectedAddress()).isSameAs(lab.address(ROUTE));
        assertThat(describe(routed)).isEqualTo("1004 ALERTING [1004 RINGING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", ROUTE), "-- META_CALL_PROGRESS", "ConnInProgressEv " + ROUTE,
                "CallCtlConnOfferedEv " + ROUTE, "-- META_CALL_PROGRESS", diverted(ROUTE, "1004"),
                ringing("1004", "1004"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1004", "1004"), invalid()));
    }

    @Test
    void aRedirectedCallCanBeRedirectedAgainAndNamesTheLatestRedirectingAddress() throws Exception {
        Connection[] parts = ringing1002();
        Connection at1003 = ((CallControlConnection) parts[1]).redirect("1003");
        observer.await("CallCtlTermConnRingingEv 1003");

        Connection at1004 = ((CallControlConnection) at1003).redirect("1004");
        observer.await("CallCtlTermConnRingingEv 1004");

        assertThat(((CallControlCall) parts[0].getCall()).getLastRedirectedAddress()).isSameAs(lab.address("1003"));
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1004 ALERTING [1004 RINGING]");
        parts[0].disconnect();
        assertThat(describe(at1004)).isEqualTo("1004 DISCONNECTED");
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_PROGRESS", diverted("1002", "1003", "1002"),
                ringing("1003", "1003"), "-- META_CALL_PROGRESS", diverted("1003", "1004", "1003"),
                ringing("1004", "1004"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1004", "1004"), invalid()));
    }

    @Test
    void theDestinationsOwnForwardingAppliesAndCannotBringTheCallBack() throws Exception {
        ((CallControlAddress) lab.address("1003")).setForwarding(
                new CallControlForwarding[] {new CallControlForwarding("1002")});
        Connection[] parts = ringing1002();

        ((CallControlConnection) parts[1]).redirect("1003");
        observer.await("CallCtlConnFailedEv 1003");

        assertThat(log.observed(CallCtlConnFailedEv.class).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1003 FAILED");
        parts[0].disconnect();
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_PROGRESS", diverted("1002", "1003", "1002"),
                "-- META_CALL_PROGRESS", "ConnFailedEv 1003", "CallCtlConnFailedEv 1003", "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1003"), invalid()));
    }

    // ---- refusals: the spec's exception, a message, and nothing changed ------------------------

    /** The call still rings at 1002, and after 1001 hangs up its subscribers heard only that. */
    private void assertStillRinging(Connection[] parts) throws Exception {
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        assertThat(((CallControlCall) parts[0].getCall()).getLastRedirectedAddress()).isNull();
        parts[0].disconnect();
        assertBothModelsSaw(lines(RINGING, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid()));
    }

    @Test
    void redirectingAnAnsweredConnectionIsRefused() throws Exception {
        Connection[] parts = ringing1002();
        parts[1].getTerminalConnections()[0].answer();

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).redirect("1003"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(parts[1]);
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
                    assertThat(e.getState()).isEqualTo(Connection.CONNECTED);
                    assertThat(e.getMessage()).contains("1002", "ESTABLISHED",
                            "redirect needs an ALERTING or OFFERED connection");
                });

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(RINGING, answered("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void redirectingTheCallersOwnConnectionIsRefused() throws Exception {
        Connection[] parts = ringing1002();

        assertThatThrownBy(() -> ((CallControlConnection) parts[0]).redirect("1003"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("1001")
                .hasMessageContaining("ESTABLISHED");

        assertStillRinging(parts);
    }

    @Test
    void redirectingToAnEmptyNullOrUndiallableNumberIsRefused() throws Exception {
        Connection[] parts = ringing1002();
        CallControlConnection ringing = (CallControlConnection) parts[1];

        assertThatThrownBy(() -> ringing.redirect("")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ringing.redirect(null)).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> ringing.redirect("12a")).isInstanceOfSatisfying(InvalidPartyException.class,
                e -> {
                    assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY);
                    assertThat(e.getMessage()).contains("'12a'");
                });

        assertStillRinging(parts);
    }

    @Test
    void redirectingAConnectionToItsOwnAddressIsRefused() throws Exception {
        Connection[] parts = ringing1002();

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).redirect("1002"))
                .isInstanceOf(InvalidPartyException.class).hasMessageContaining("its own address 1002");

        assertStillRinging(parts);
    }

    @Test
    void redirectingAFailedConnectionIsRefused() throws Exception {
        lab.party("1002").willBeBusy();
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlConnFailedEv 1002");

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).redirect("1003"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("FAILED");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 FAILED");
    }

    @Test
    void redirectingOnAShutDownProviderIsRefused() throws Exception {
        Connection[] parts = ringing1002();
        lab.provider.shutdown();

        assertThatThrownBy(() -> ((CallControlConnection) parts[1]).redirect("1003"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
    }
}
