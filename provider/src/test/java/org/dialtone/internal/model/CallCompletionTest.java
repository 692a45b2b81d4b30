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

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.CallCompletion;
import org.dialtone.ext.Extension;
import org.dialtone.ext.ExtensionSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call completion extension: a call from 1001 finds 1002 busy (or unanswered), and 1001 asks
 * for a callback or camps on. The sim switch carries the request out once 1002 is free: a callback
 * rings 1001 with CAUSE_CALL_BACK and, once answered, calls 1002; a camp-on's QUEUED connection
 * alerts at 1002. Requests are listed at 1001 and can be withdrawn.
 */
class CallCompletionTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();

    private static final List<String> BUSY_1002 = lines(connect("1001", "1002"), "-- META_CALL_PROGRESS",
            "ConnFailedEv 1002", "CallCtlConnFailedEv 1002");
    private static final List<String> CALLER_HANGS_UP_AFTER_FAILURE = lines("-- META_CALL_ENDING",
            disconnected("1001", "1001"), disconnected("1002"), invalid());

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallCompletion completion(String address) {
        return (CallCompletion) lab.address(address);
    }

    /** 1001 calls 1002, which is busy; observed and listened to from 1001. */
    private Connection[] busyCall() throws Exception {
        lab.party("1002").willBeBusy();
        observe1001();
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlConnFailedEv 1002");
        return parts;
    }

    private void observe1001() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
    }

    /** Waits until every signal the switch sent so far has been applied by the model. */
    private void settle() {
        lab.provider.holdings();
    }

    private void assertBothModelsSaw(List<String> expected, int calls) throws Exception {
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", calls)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", calls))
                .containsExactlyElementsOf(asListener(expected));
    }

    /** The callback call: 1001 rings (CAUSE_CALL_BACK), answers, and the switch calls 1002. */
    private static List<String> callbackRingsThenCalls1002() {
        return lines("-- META_CALL_STARTING", "CallActiveEv", "ConnCreatedEv 1001", "ConnAlertingEv 1001",
                "CallCtlConnAlertingEv 1001", "TermConnCreatedEv 1001", "TermConnRingingEv 1001",
                "CallCtlTermConnRingingEv 1001", answered("1001", "1001"), "ConnCreatedEv 1002",
                ringing("1002", "1002"));
    }

    @Test
    void theProviderOffersCallCompletion() {
        assertThat(((ExtensionSupport) lab.provider).isSupported(Extension.CALL_COMPLETION)).isTrue();
        assertThat(lab.address("1001")).isInstanceOf(CallCompletion.class);
    }

    // ---- callback -------------------------------------------------------------------------------

    @Test
    void aCallbackOnBusyRingsTheRequesterOnceTheTargetIsFreeThenCallsTheTarget() throws Exception {
        Connection[] parts = busyCall();

        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);

        assertThat(request.getRequester()).isSameAs(lab.address("1001"));
        assertThat(request.getTarget()).isEqualTo("1002");
        assertThat(request.getMode()).isEqualTo(CallCompletion.Mode.CALLBACK);
        assertThat(request.getCall()).isNull();
        assertThat(completion("1001").getCompletionRequests()).containsExactly(request);
        assertThat(completion("1002").getCompletionRequests()).isNull();
        assertThat(describe(parts[0].getCall())).as("a callback leaves the call as it was")
                .containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 FAILED");
        parts[0].disconnect();

        lab.party("1002").willBeBusy();
        settle();
        assertThat(lab.provider.getCalls()).as("still busy: no callback yet").isNull();
        lab.party("1002").willRing();
        observer.await("CallCtlTermConnRingingEv 1001");

        assertThat(completion("1001").getCompletionRequests()).as("carried out").isNull();
        CallControlCall callback = (CallControlCall) lab.provider.getCalls()[0];
        assertThat(describe(callback)).containsExactly("1001 ALERTING [1001 RINGING]");
        assertThat(callback.getCallingAddress()).isSameAs(lab.address("1001"));
        assertThat(callback.getCalledAddress()).isSameAs(lab.address("1002"));
        CallCtlConnAlertingEv alerting = log.observed(CallCtlConnAlertingEv.class);
        assertThat(alerting.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(alerting.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_CALL_BACK);
        assertThat(((CallControlConnectionEvent) log.heard(CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING,
                e -> true)).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_CALL_BACK);

        callback.getConnections()[0].getTerminalConnections()[0].answer();
        observer.await("CallCtlTermConnRingingEv 1002");
        assertThat(describe(callback)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        callback.getConnections()[1].getTerminalConnections()[0].answer();
        callback.getConnections()[0].disconnect();

        assertThat(callback.getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(BUSY_1002, CALLER_HANGS_UP_AFTER_FAILURE, callbackRingsThenCalls1002(),
                answered("1002", "1002"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid()), 2);
    }

    @Test
    void aCallbackOnNoAnswerWaitsUntilTheTargetsUserIsBack() throws Exception {
        lab.party("1002").willNotAnswer();
        observe1001();
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        lab.clock.advance(Duration.ofSeconds(30));
        observer.await("CallCtlConnFailedEv 1002");
        assertThat(log.observed(CallCtlConnFailedEv.class).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_CALL_NOT_ANSWERED);

        completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);
        parts[0].disconnect();
        lab.party("1002").willNotAnswer();
        settle();
        assertThat(lab.provider.getCalls()).as("not seen yet: no callback").isNull();
        lab.party("1002").hangUp();
        observer.await("CallCtlTermConnRingingEv 1001");

        Call callback = lab.provider.getCalls()[0];
        callback.getConnections()[0].getTerminalConnections()[0].answer();
        observer.await("CallCtlTermConnRingingEv 1002");
        callback.getConnections()[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_PROGRESS",
                "TermConnDroppedEv 1002", "CallCtlTermConnDroppedEv 1002", "ConnFailedEv 1002",
                "CallCtlConnFailedEv 1002", CALLER_HANGS_UP_AFTER_FAILURE, callbackRingsThenCalls1002(),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()), 2);
    }

    @Test
    void aWithdrawnCallbackIsNotCarriedOut() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);
        parts[0].disconnect();

        completion("1001").cancelCompletion(request);
        lab.party("1002").willRing();
        settle();

        assertThat(completion("1001").getCompletionRequests()).isNull();
        assertThat(lab.provider.getCalls()).isNull();
        assertThat(lab.provider.holdings()).isEqualTo("calls=0 legs=0 subscribers=3");
        assertBothModelsSaw(lines(BUSY_1002, CALLER_HANGS_UP_AFTER_FAILURE), 1);
    }

    @Test
    void requestsAreListedOldestFirstAndOnlyAtTheirRequester() throws Exception {
        lab.party("1002").willBeBusy();
        lab.party("1003").willBeBusy();
        observe1001();
        Connection[] to1002 = lab.connect("1001", "1002");
        observer.await("CallCtlConnFailedEv 1002");
        Connection[] to1003 = lab.connect("1001", "1003");
        observer.await("CallCtlConnFailedEv 1003");

        CallCompletion.Request first = completion("1001").completeCall(to1002[1], CallCompletion.Mode.CALLBACK);
        CallCompletion.Request second = completion("1001").completeCall(to1003[1], CallCompletion.Mode.CAMP_ON);

        assertThat(completion("1001").getCompletionRequests()).containsExactly(first, second);
        assertThat(second.getCall()).isSameAs(to1003[0].getCall());
        assertThat(second.toString()).contains("CAMP_ON", "1001", "1003");
        assertThat(completion("1004").getCompletionRequests()).isNull();
    }

    // ---- camp-on --------------------------------------------------------------------------------

    @Test
    void campOnQueuesTheCallAtTheBusyPartyAndAlertsItThereOnceFree() throws Exception {
        Connection[] parts = busyCall();
        Call call = parts[0].getCall();

        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CAMP_ON);

        assertThat(request.getCall()).isSameAs(call);
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 QUEUED");
        Connection queued = call.getConnections()[1];
        assertThat(completion("1001").getCompletionRequests()).containsExactly(request);

        lab.party("1002").willRing();
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ALERTING [1002 RINGING]");
        assertThat(completion("1001").getCompletionRequests()).as("carried out").isNull();
        queued.getTerminalConnections()[0].answer();
        parts[0].disconnect();
        assertBothModelsSaw(lines(BUSY_1002, "-- META_CALL_PROGRESS", "ConnDisconnectedEv 1002",
                "CallCtlConnDisconnectedEv 1002", "ConnCreatedEv 1002", "ConnInProgressEv 1002",
                "CallCtlConnQueuedEv 1002", ringing("1002", "1002"), answered("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()), 1);
    }

    @Test
    void withdrawingACampOnMakesTheQueuedConnectionFailBusyAgain() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CAMP_ON);
        Call call = parts[0].getCall();
        Connection queued = call.getConnections()[1];

        completion("1001").cancelCompletion(request);
        lab.party("1002").willRing();
        settle();

        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 FAILED");
        assertThat(completion("1001").getCompletionRequests()).isNull();
        CallControlConnectionEvent failed = (CallControlConnectionEvent) log.heard(
                CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED,
                e -> ((CallControlConnectionEvent) e).getConnection() == queued);
        assertThat(failed.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_BUSY);
        parts[0].disconnect();
        assertBothModelsSaw(lines(BUSY_1002, "-- META_CALL_PROGRESS", "ConnDisconnectedEv 1002",
                "CallCtlConnDisconnectedEv 1002", "ConnCreatedEv 1002", "ConnInProgressEv 1002",
                "CallCtlConnQueuedEv 1002", "-- META_CALL_PROGRESS", "ConnFailedEv 1002", "CallCtlConnFailedEv 1002",
                CALLER_HANGS_UP_AFTER_FAILURE), 1);
    }

    @Test
    void aCampOnEndsWithItsCall() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CAMP_ON);

        parts[0].disconnect();
        lab.party("1002").willRing();
        settle();

        assertThat(completion("1001").getCompletionRequests()).isNull();
        assertThat(lab.provider.getCalls()).isNull();
        assertThatThrownBy(() -> completion("1001").cancelCompletion(request))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not a pending completion request");
    }

    // ---- refusals: the spec's exception, a message, and nothing changed ------------------------

    /** The busy call is as it was, no request is pending, and its subscribers heard nothing more. */
    private void assertNothingChanged(Connection[] parts) throws Exception {
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 FAILED");
        assertThat(completion("1001").getCompletionRequests()).isNull();
        parts[0].disconnect();
        assertBothModelsSaw(lines(BUSY_1002, CALLER_HANGS_UP_AFTER_FAILURE), 1);
    }

    @Test
    void missingArgumentsAndForeignConnectionsAreRefused() throws Exception {
        Connection[] parts = busyCall();

        assertThatThrownBy(() -> completion("1001").completeCall(null, CallCompletion.Mode.CALLBACK))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("needs a connection and a mode");
        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("needs a connection and a mode");
        try (SimLab other = new SimLab()) {
            Connection foreign = other.connect("1001", "1002")[1];
            assertThatThrownBy(() -> completion("1001").completeCall(foreign, CallCompletion.Mode.CALLBACK))
                    .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not a connection of provider");
        }
        assertThatThrownBy(() -> completion("1003").completeCall(parts[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Address[1003] has no ESTABLISHED connection");
        assertThatThrownBy(() -> completion("1001").cancelCompletion(null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("null is not a pending");

        assertNothingChanged(parts);
    }

    @Test
    void aConnectionThatDidNotFailBusyOrUnansweredCannotBeCompleted() throws Exception {
        observe1001();
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(parts[1]);
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CONNECTION_OBJECT);
                    assertThat(e.getMessage()).contains("ALERTING", "FAILED busy or unanswered");
                });
        ((javax.telephony.callcontrol.CallControlAddress) lab.address("1003")).setDoNotDisturb(true);
        Connection[] refused = lab.connect("1001", "1003");
        observer.await("CallCtlConnFailedEv 1003");
        assertThatThrownBy(() -> completion("1001").completeCall(refused[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("FAILED busy or unanswered");

        assertThat(completion("1001").getCompletionRequests()).isNull();
        assertThat(describe(parts[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
    }

    @Test
    void campOnNeedsABusyPartyNotAnUnansweredOne() throws Exception {
        lab.party("1002").willNotAnswer();
        observe1001();
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        lab.clock.advance(Duration.ofSeconds(30));
        observer.await("CallCtlConnFailedEv 1002");

        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], CallCompletion.Mode.CAMP_ON))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("camp-on needs a connection that FAILED busy");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 FAILED");
        assertThat(completion("1001").getCompletionRequests()).isNull();
    }

    @Test
    void aSecondCallbackForTheSameTargetIsRefused() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request first = completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);

        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(lab.address("1001"));
                    assertThat(e.getObjectType()).isEqualTo(InvalidStateException.ADDRESS_OBJECT);
                    assertThat(e.getMessage()).contains("already has a callback request for 1002");
                });

        assertThat(completion("1001").getCompletionRequests()).containsExactly(first);
    }

    @Test
    void anotherAddressCannotWithdrawARequest() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);

        assertThatThrownBy(() -> completion("1002").cancelCompletion(request))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is not a pending completion request of Address[1002]");

        assertThat(completion("1001").getCompletionRequests()).containsExactly(request);
    }

    @Test
    void anAddressBeyondTheSwitchCannotAskForCompletionNorBeCampedOn() throws Exception {
        lab.party("5550199").willBeBusy();
        observe1001();
        Connection[] parts = lab.connect("1001", "5550199");
        observer.await("CallCtlConnFailedEv 5550199");
        CallCompletion remote = (CallCompletion) parts[1].getAddress();

        assertThatThrownBy(() -> remote.completeCall(parts[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOf(MethodNotSupportedException.class).hasMessageContaining("call completion");
        assertThatThrownBy(remote::getCompletionRequests).isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(() -> remote.cancelCompletion(null)).isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], CallCompletion.Mode.CAMP_ON))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("camp-on waits only at a local address");
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "5550199 FAILED");
        assertThat(completion("1001").getCompletionRequests()).isNull();
    }

    @Test
    void aCallbackToANumberBeyondTheSwitchIsCarriedOutToo() throws Exception {
        lab.party("5550199").willBeBusy();
        observe1001();
        Connection[] parts = lab.connect("1001", "5550199");
        observer.await("CallCtlConnFailedEv 5550199");
        completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);
        parts[0].disconnect();

        lab.party("5550199").willAnswer();
        observer.await("CallCtlTermConnRingingEv 1001");
        lab.provider.getCalls()[0].getConnections()[0].getTerminalConnections()[0].answer();
        observer.await("CallCtlConnEstablishedEv 5550199");

        assertThat(describe(lab.provider.getCalls()[0])).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "5550199 ESTABLISHED");
    }

    @Test
    void aShutDownProviderRefusesRequestsAndListsNone() throws Exception {
        Connection[] parts = busyCall();
        CallCompletion.Request request = completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK);
        lab.provider.shutdown();

        assertThatThrownBy(() -> completion("1001").completeCall(parts[1], CallCompletion.Mode.CALLBACK))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThatThrownBy(() -> completion("1001").cancelCompletion(request))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThat(completion("1001").getCompletionRequests()).isNull();
    }
}
