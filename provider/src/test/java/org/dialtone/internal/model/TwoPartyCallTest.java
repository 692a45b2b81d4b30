package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.Provider;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A call from 1001 to 1002 that the application answers, then ends from either side. */
class TwoPartyCallTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection[] answeredCall() throws Exception {
        Address caller = lab.address("1001");
        caller.addCallObserver(observer);
        caller.addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        return parts;
    }

    private static final List<String> ANSWERED = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    @Test
    void callerHangingUpEndsTheCallAndTheObserverSeesEveryChangeInOrder() throws Exception {
        Connection[] parts = answeredCall();
        parts[0].disconnect();

        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(ANSWERED,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void callerHangingUpIsHeardByTheListenerInProgressBrackets() throws Exception {
        Connection[] parts = answeredCall();
        parts[0].disconnect();

        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactly(
                "SINGLECALL_META_PROGRESS_STARTED",
                "CALL_ACTIVE",
                "CONNECTION_CREATED 1001",
                "CONNECTION_CONNECTED 1001",
                "CALLCTL_CONNECTION_INITIATED 1001",
                "TERMINAL_CONNECTION_CREATED 1001",
                "TERMINAL_CONNECTION_ACTIVE 1001",
                "CALLCTL_TERMINAL_CONNECTION_TALKING 1001",
                "CALLCTL_CONNECTION_DIALING 1001",
                "CALLCTL_CONNECTION_ESTABLISHED 1001",
                "CONNECTION_CREATED 1002",
                "SINGLECALL_META_PROGRESS_ENDED",
                "SINGLECALL_META_PROGRESS_STARTED",
                "CONNECTION_ALERTING 1002",
                "CALLCTL_CONNECTION_ALERTING 1002",
                "TERMINAL_CONNECTION_CREATED 1002",
                "TERMINAL_CONNECTION_RINGING 1002",
                "CALLCTL_TERMINAL_CONNECTION_RINGING 1002",
                "SINGLECALL_META_PROGRESS_ENDED",
                "SINGLECALL_META_PROGRESS_STARTED",
                "TERMINAL_CONNECTION_ACTIVE 1002",
                "CALLCTL_TERMINAL_CONNECTION_TALKING 1002",
                "CONNECTION_CONNECTED 1002",
                "CALLCTL_CONNECTION_ESTABLISHED 1002",
                "SINGLECALL_META_PROGRESS_ENDED",
                "SINGLECALL_META_PROGRESS_STARTED",
                "TERMINAL_CONNECTION_DROPPED 1001",
                "CALLCTL_TERMINAL_CONNECTION_DROPPED 1001",
                "CONNECTION_DISCONNECTED 1001",
                "CALLCTL_CONNECTION_DISCONNECTED 1001",
                "TERMINAL_CONNECTION_DROPPED 1002",
                "CALLCTL_TERMINAL_CONNECTION_DROPPED 1002",
                "CONNECTION_DISCONNECTED 1002",
                "CALLCTL_CONNECTION_DISCONNECTED 1002",
                "CALL_INVALID",
                "SINGLECALL_META_PROGRESS_ENDED",
                "CALL_EVENT_TRANSMISSION_ENDED");
    }

    @Test
    void calledPartyHangingUpEndsTheCallWithItsOwnSideFirst() throws Exception {
        Connection[] parts = answeredCall();
        parts[1].disconnect();

        List<String> expected = lines(ANSWERED, "-- META_CALL_ENDING", disconnected("1002", "1002"),
                disconnected("1001", "1001"), invalid());
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED"))
                .containsExactlyElementsOf(Sequences.asListener(expected));
    }

    @Test
    void afterTheCallEndsEveryConnectionIsDisconnectedAndEveryTerminalConnectionDropped() throws Exception {
        Connection[] parts = answeredCall();
        TerminalConnection callerTc = parts[0].getTerminalConnections()[0];
        TerminalConnection calledTc = parts[1].getTerminalConnections()[0];
        Call call = parts[0].getCall();

        parts[0].disconnect();

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(parts[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(describe(callerTc)).isEqualTo("1001 DROPPED");
        assertThat(describe(calledTc)).isEqualTo("1002 DROPPED");
        assertThat(call.getConnections()).isNull();
        assertThat(lab.address("1001").getConnections()).isNull();
        assertThat(lab.address("1002").getConnections()).isNull();
        assertThat(lab.terminal("1001").getTerminalConnections()).isNull();
        assertThat(lab.terminal("1002").getTerminalConnections()).isNull();
        assertThat(callerTc.getConnection()).isSameAs(parts[0]);
        assertThat(callerTc.getTerminal()).isSameAs(lab.terminal("1001"));
    }

    @Test
    void connectReturnsTheOriginatingThenTheDestinationConnectionAndTheCallerIsEstablished() throws Exception {
        CallControlCall call = lab.newCall();
        Connection[] parts = call.connect(lab.terminal("1001"), lab.address("1001"), "1002");

        assertThat(parts).hasSize(2);
        assertThat(parts[0].getAddress()).isSameAs(lab.address("1001"));
        assertThat(parts[1].getAddress()).isSameAs(lab.address("1002"));
        assertThat(parts[0].getCall()).isSameAs(call);
        assertThat(parts[1].getCall()).isSameAs(call);
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(parts[0])).isEqualTo("1001 ESTABLISHED [1001 TALKING]");
        // The far end reports later: right after connect the destination is IDLE or already ringing.
        assertThat(describe(parts[1])).isIn("1002 IDLE", "1002 ALERTING [1002 RINGING]");
        assertThat(call.getConnections()).containsExactly(parts);
    }

    @Test
    void callKnowsWhoCalledWhomFromConnectOn() throws Exception {
        CallControlCall call = lab.newCall();
        assertThat(call.getCallingAddress()).isNull();
        assertThat(call.getCalledAddress()).isNull();

        call.connect(lab.terminal("1001"), lab.address("1001"), "1002");

        assertThat(call.getCallingAddress()).isSameAs(lab.address("1001"));
        assertThat(call.getCallingTerminal()).isSameAs(lab.terminal("1001"));
        assertThat(call.getCalledAddress()).isSameAs(lab.address("1002"));
        assertThat(call.getLastRedirectedAddress()).isNull();
        assertThat(call.getProvider()).isSameAs(lab.provider);
    }

    @Test
    void connectionsKeepTheirOrderWhileTheCallLivesAndAreNullOnceItEnds() throws Exception {
        Connection[] parts = answeredCall();
        Call call = parts[0].getCall();
        observer.await("CallCtlConnEstablishedEv 1002");

        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.address("1001").getConnections()).containsExactly(parts[0]);
        assertThat(lab.address("1002").getConnections()).containsExactly(parts[1]);
        assertThat(lab.terminal("1002").getTerminalConnections()).containsExactly(parts[1].getTerminalConnections());

        call.getConnections()[1].disconnect();

        assertThat(call.getConnections()).isNull();
        assertThat(describe(call)).isEmpty();
    }

    @Test
    void providerListsTheCallWhileItLivesAndForgetsItWhenItIsInvalid() throws Exception {
        assertThat(lab.provider.getCalls()).isNull();
        Call idle = lab.newCall();
        assertThat(lab.provider.getCalls()).as("an IDLE call is not yet the provider's").isNull();

        Connection[] parts = idle.connect(lab.terminal("1001"), lab.address("1001"), "1002");
        assertThat(lab.provider.getCalls()).containsExactly(idle);

        parts[0].disconnect();
        assertThat(lab.provider.getCalls()).isNull();
        assertThat(lab.provider.holdings()).isEqualTo("calls=0 legs=0 subscribers=0");
    }

    @Test
    void callReportsItsObserversAndListenersUntilItEnds() throws Exception {
        Recorder own = new Recorder();
        Connection[] parts = answeredCall();
        Call call = parts[0].getCall();
        call.addObserver(own);
        call.addCallListener(own);

        assertThat(call.getObservers()).containsExactlyInAnyOrder(observer, own);
        assertThat(call.getCallListeners()).containsExactlyInAnyOrder(listener, own);
        assertThat(lab.address("1001").getCallObservers()).containsExactly(observer);
        assertThat(lab.address("1001").getCallListeners()).containsExactly(listener);

        ((CallControlCall) call).drop();

        assertThat(call.getObservers()).isNull();
        assertThat(call.getCallListeners()).isNull();
        assertThat(lab.address("1001").getCallObservers()).as("the address keeps following calls")
                .containsExactly(observer);
    }

    @Test
    void anAddressObserverFollowsTheNextCallToo() throws Exception {
        answeredCall()[0].disconnect();
        observer.await("CallObservationEndedEv");
        observer.clear();

        Connection[] second = lab.connect("1001", "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        second[0].disconnect();

        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1001", "1003"),
                ringing("1003", "1003"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1003", "1003"), invalid()));
    }

    @Test
    void listenerEventsPointToTheMetaEventThatBracketsThem() throws Exception {
        EventLog log = new EventLog();
        lab.address("1001").addCallListener(log);
        Connection[] parts = lab.connect("1001", "1002");
        parts[0].disconnect();

        Event started = log.heard(SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED, e -> true);
        Event active = log.heard(CallEvent.CALL_ACTIVE, e -> true);
        ConnectionEvent created = (ConnectionEvent) log.heard(ConnectionEvent.CONNECTION_CREATED, e -> true);
        assertThat(((SingleCallMetaEvent) started).getCall()).isSameAs(parts[0].getCall());
        assertThat(active.getMetaEvent()).isSameAs(started);
        assertThat(created.getMetaEvent()).isSameAs(started);
        assertThat(created.getConnection()).isSameAs(parts[0]);
        assertThat(active.getCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
        Event invalid = log.heard(CallEvent.CALL_INVALID, e -> true);
        assertThat(invalid.getMetaEvent()).isNotSameAs(started);
        assertThat(invalid.getMetaEvent().getID()).isEqualTo(SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED);
    }

    @Test
    void eventsCarryTheirCausesAndTheirCall() throws Exception {
        EventLog log = new EventLog();
        lab.address("1001").addCallObserver(log);
        Connection[] parts = lab.connect("1001", "1002");
        parts[0].disconnect();

        CallActiveEv active = log.observed(CallActiveEv.class);
        assertThat(active.getCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
        assertThat(active.getMetaCode()).isEqualTo(Ev.META_CALL_STARTING);
        assertThat(active.isNewMetaEvent()).isTrue();
        assertThat(active.getCall()).isSameAs(parts[0].getCall());
        ConnDisconnectedEv gone = log.observed(ConnDisconnectedEv.class);
        assertThat(gone.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(gone.getMetaCode()).isEqualTo(Ev.META_CALL_ENDING);
        assertThat(gone.getConnection()).isSameAs(parts[0]);
        assertThat(lab.provider.getState()).isEqualTo(Provider.IN_SERVICE);
    }
}
