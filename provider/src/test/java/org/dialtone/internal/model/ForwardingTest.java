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

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CallControlAddress forwarding: the rules are read back as set, their changes are announced to
 * the address's observers and listeners, and the sim switch applies them to calls that arrive:
 * unconditionally, on busy, after ringing unanswered, for internal, external or one specific
 * caller. A forwarded call shows the same states as a redirected one; a chain that would come back
 * to an address it visited stops there with CAUSE_REDIRECTED.
 */
class ForwardingTest {
    private static final String FAR = "5550100";
    private static final String OUTSIDE_CALLER = "5551234";

    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002").address("1003")
            .address("1004").terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003")
            .terminal("1004", "1004").external(FAR, ExternalBehaviour.ANSWER).build());
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlAddress address(String name) {
        return (CallControlAddress) lab.address(name);
    }

    private static CallControlForwarding[] rules(CallControlForwarding... rules) {
        return rules;
    }

    /** 1001 calls {@code to}, observed and listened to from 1001. */
    private Connection[] callFrom1001(String to) throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        lab.address("1001").addCallObserver(log);
        return lab.connect("1001", to);
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    /** 1001's call was forwarded from 1002 to 1003 (which rang), then 1001 hung up. */
    private static List<String> forwardedFrom1002To1003ThenHungUp() {
        return lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", diverted("1002", "1003"),
                ringing("1003", "1003"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1003", "1003"), invalid());
    }

    /** The call rings at 1003 after forwarding from 1002; 1001 hangs up and the whole sequence is checked. */
    private void assertForwardedTo1003(Connection[] parts) throws Exception {
        observer.await("CallCtlTermConnRingingEv 1003");
        Call call = parts[0].getCall();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1003 ALERTING [1003 RINGING]");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThat(((CallControlCall) call).getLastRedirectedAddress()).isSameAs(lab.address("1002"));
        assertThat(((CallControlCall) call).getCalledAddress()).isSameAs(lab.address("1002"));
        parts[0].disconnect();
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(forwardedFrom1002To1003ThenHungUp());
    }

    // ---- setting, reading, cancelling, events ---------------------------------------------------

    @Test
    void forwardingIsReadBackAsSetInEveryFormAndAnnouncedToObserversAndListeners() throws Exception {
        Recorder features = new Recorder();
        lab.address("1002").addObserver(features);
        lab.address("1002").addAddressListener(features);
        CallControlForwarding[] set = rules(new CallControlForwarding("1003"),
                new CallControlForwarding("1004", CallControlForwarding.FORWARD_ON_BUSY, true),
                new CallControlForwarding(FAR, CallControlForwarding.FORWARD_ON_NOANSWER, false),
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_BUSY, "1001"));

        address("1002").setForwarding(set);

        CallControlForwarding[] now = address("1002").getForwarding();
        assertThat(now).hasSize(4);
        assertThat(now).extracting(CallControlForwarding::getDestinationAddress)
                .containsExactly("1003", "1004", FAR, "1003");
        assertThat(now).extracting(CallControlForwarding::getType).containsExactly(
                CallControlForwarding.FORWARD_UNCONDITIONALLY, CallControlForwarding.FORWARD_ON_BUSY,
                CallControlForwarding.FORWARD_ON_NOANSWER, CallControlForwarding.FORWARD_ON_BUSY);
        assertThat(now).extracting(CallControlForwarding::getFilter).containsExactly(CallControlForwarding.ALL_CALLS,
                CallControlForwarding.INTERNAL_CALLS, CallControlForwarding.EXTERNAL_CALLS,
                CallControlForwarding.SPECIFIC_ADDRESS);
        assertThat(now[3].getSpecificCaller()).isEqualTo("1001");
        now[0] = null;
        assertThat(address("1002").getForwarding()[0]).as("getForwarding returns a copy").isNotNull();
        assertThat(address("1003").getForwarding()).as("other addresses are not forwarded").isNull();

        String all = "[1003,1004," + FAR + ",1003]";
        assertThat(features.await("CALLCTL_ADDRESS_EVENT_FORWARD 1002 " + all))
                .containsExactly("CallCtlAddrForwardEv 1002 " + all, "CALLCTL_ADDRESS_EVENT_FORWARD 1002 " + all);
    }

    @Test
    void theForwardEventCarriesTheRulesAndTheAddress() throws Exception {
        lab.address("1002").addObserver(log);

        address("1002").setForwarding(rules(new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_BUSY)));

        CallCtlAddrForwardEv ev = log.observed(CallCtlAddrForwardEv.class);
        assertThat(ev.getAddress()).isSameAs(lab.address("1002"));
        assertThat(ev.getID()).isEqualTo(CallCtlAddrForwardEv.ID);
        assertThat(ev.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(ev.getForwarding()).singleElement().satisfies(f -> {
            assertThat(f.getDestinationAddress()).isEqualTo("1003");
            assertThat(f.getType()).isEqualTo(CallControlForwarding.FORWARD_ON_BUSY);
        });
    }

    @Test
    void cancelForwardingAndAnEmptyArrayBothRemoveEveryRuleAndAreAnnounced() throws Exception {
        Recorder features = new Recorder();
        lab.address("1002").addAddressListener(features);
        address("1002").setForwarding(rules(new CallControlForwarding("1003")));

        address("1002").cancelForwarding();
        assertThat(address("1002").getForwarding()).isNull();
        address("1002").setForwarding(rules(new CallControlForwarding("1004")));
        address("1002").setForwarding(rules());
        assertThat(address("1002").getForwarding()).isNull();

        assertThat(SimLab.awaitTimes(features, "CALLCTL_ADDRESS_EVENT_FORWARD 1002 []", 2)).containsExactly(
                "CALLCTL_ADDRESS_EVENT_FORWARD 1002 [1003]", "CALLCTL_ADDRESS_EVENT_FORWARD 1002 []",
                "CALLCTL_ADDRESS_EVENT_FORWARD 1002 [1004]", "CALLCTL_ADDRESS_EVENT_FORWARD 1002 []");
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        assertThat(describe(parts[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
    }

    // ---- the switch applies them ----------------------------------------------------------------

    @Test
    void unconditionalForwardingSendsEveryCallOnBeforeItRings() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003")));

        Connection[] parts = callFrom1001("1002");

        assertForwardedTo1003(parts);
    }

    @Test
    void theForwardedPartyLeavesWithCauseRedirected() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003")));

        callFrom1001("1002");

        CallCtlConnDisconnectedEv gone = log.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getConnection().getAddress()).isSameAs(lab.address("1002"));
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        assertThat(gone.getLastRedirectedAddress()).isSameAs(lab.address("1002"));
    }

    @Test
    void busyForwardingTakesACallTheAddressRefusesAsBusy() throws Exception {
        lab.party("1002").willBeBusy();
        address("1002").setForwarding(rules(new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_BUSY)));

        Connection[] parts = callFrom1001("1002");

        assertForwardedTo1003(parts);
    }

    @Test
    void busyForwardingLeavesACallToAFreeAddressRinging() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_BUSY)));

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(describe(parts[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
        assertThat(lab.clock.pending()).as("no forwarding timer").isZero();
    }

    @Test
    void noAnswerForwardingDivertsTheCallWhenItHasRungForTheForwardingTime() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_NOANSWER)));
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        lab.clock.advance(Duration.ofSeconds(14));
        assertThat(describe(parts[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
        lab.clock.advance(Duration.ofSeconds(1));
        observer.await("CallCtlTermConnRingingEv 1003");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_PROGRESS",
                diverted("1002", "1003", "1002"), ringing("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1003", "1003"), invalid()));
    }

    @Test
    void theForwardingTimeIsASettingOfTheSwitch() throws Exception {
        lab.sim.setForwardNoAnswerAfter(Duration.ofSeconds(4));
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_NOANSWER)));
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        lab.clock.advance(Duration.ofSeconds(4));
        observer.await("CallCtlTermConnRingingEv 1003");

        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");
        assertThatThrownBy(() -> lab.sim.setForwardNoAnswerAfter(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void answeringBeforeTheForwardingTimeKeepsTheCallAndStopsTheTimer() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_NOANSWER)));
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        assertThat(lab.clock.pending()).isEqualTo(1);

        parts[1].getTerminalConnections()[0].answer();
        lab.clock.advance(Duration.ofSeconds(60));

        assertThat(lab.clock.pending()).isZero();
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), answered("1002", "1002"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void aPartyThatDoesNotAnswerIsForwardedIfTheForwardingTimeIsShorterThanItsTimeout() throws Exception {
        lab.party("1002").willNotAnswer();
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_NOANSWER)));
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        lab.clock.advance(Duration.ofSeconds(15));
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(parts[1])).isEqualTo("1002 DISCONNECTED");

        lab.sim.setNoAnswerTimeout(Duration.ofSeconds(10));
        Connection[] second = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        lab.clock.advance(Duration.ofSeconds(10));
        SimLab.awaitTimes(observer, "CallCtlConnFailedEv 1002", 1);
        assertThat(describe(second[1])).as("the party's own timeout came first").isEqualTo("1002 FAILED");
    }

    @Test
    void externalOnlyForwardingLeavesInternalCallsAndTakesOutsideCalls() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_UNCONDITIONALLY, false)));
        Recorder at1003 = new Recorder();
        lab.address("1003").addCallObserver(at1003);

        Connection[] internal = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        assertThat(describe(internal[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
        internal[0].disconnect();

        lab.sim.call(OUTSIDE_CALLER, "1002");
        at1003.await("CallCtlTermConnRingingEv 1003");
        Call outside = lab.provider.getCalls()[0];
        assertThat(describe(outside)).containsExactly(OUTSIDE_CALLER + " ESTABLISHED", "1003 ALERTING [1003 RINGING]");
        assertThat(((CallControlCall) outside).getLastRedirectedAddress()).isSameAs(lab.address("1002"));
    }

    @Test
    void internalOnlyForwardingTakesInternalCallsAndLeavesOutsideCalls() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_UNCONDITIONALLY, true)));
        Recorder at1002 = new Recorder();
        lab.address("1002").addCallObserver(at1002);

        lab.sim.call(OUTSIDE_CALLER, "1002");
        at1002.await("CallCtlTermConnRingingEv 1002");
        Call outside = lab.provider.getCalls()[0];
        assertThat(describe(outside)).containsExactly(OUTSIDE_CALLER + " ESTABLISHED", "1002 ALERTING [1002 RINGING]");
        outside.getConnections()[0].disconnect();

        assertForwardedTo1003(callFrom1001("1002"));
    }

    @Test
    void aRuleForOneCallerTakesOnlyThatCallersCalls() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_UNCONDITIONALLY, "1004")));
        Recorder at1002 = new Recorder();
        Recorder at1003 = new Recorder();
        lab.address("1002").addCallObserver(at1002);
        lab.address("1003").addCallObserver(at1003);

        Connection[] from1001 = lab.connect("1001", "1002");
        at1002.await("CallCtlTermConnRingingEv 1002");
        assertThat(describe(from1001[1])).isEqualTo("1002 ALERTING [1002 RINGING]");

        Connection[] from1004 = lab.connect("1004", "1002");
        at1003.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(from1004[0].getCall())).containsExactly("1004 ESTABLISHED [1004 TALKING]",
                "1003 ALERTING [1003 RINGING]");
    }

    @Test
    void theMostSpecificRuleForACallerWins() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003"),
                new CallControlForwarding("1004", CallControlForwarding.FORWARD_UNCONDITIONALLY, "1001")));

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1004");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1004 ALERTING [1004 RINGING]");
    }

    @Test
    void forwardingToANumberBeyondTheSwitchReachesIt() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding(FAR)));

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                FAR + " ESTABLISHED");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", diverted("1002", FAR),
                "-- META_CALL_PROGRESS", "ConnInProgressEv " + FAR, "CallCtlConnNetworkReachedEv " + FAR,
                "-- META_CALL_PROGRESS", "ConnAlertingEv " + FAR, "CallCtlConnNetworkAlertingEv " + FAR,
                "-- META_CALL_PROGRESS", "ConnConnectedEv " + FAR, "CallCtlConnEstablishedEv " + FAR,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected(FAR), invalid()));
    }

    @Test
    void aChainOfForwardingsIsFollowedAndTheLastAddressIsTheLastRedirectedOne() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003")));
        address("1003").setForwarding(rules(new CallControlForwarding("1004")));

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1004");

        CallControlCall call = (CallControlCall) parts[0].getCall();
        assertThat(call.getLastRedirectedAddress()).isSameAs(lab.address("1003"));
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1004 ALERTING [1004 RINGING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", diverted("1002", "1003"),
                "-- META_CALL_PROGRESS", diverted("1003", "1004"), ringing("1004", "1004"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1004", "1004"), invalid()));
    }

    @Test
    void aForwardingLoopStopsWhereItWouldComeBackWithCauseRedirected() throws Exception {
        address("1002").setForwarding(rules(new CallControlForwarding("1003")));
        address("1003").setForwarding(rules(new CallControlForwarding("1004")));
        address("1004").setForwarding(rules(new CallControlForwarding("1002")));

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlConnFailedEv 1004");

        CallCtlConnFailedEv failed = log.observed(CallCtlConnFailedEv.class);
        assertThat(failed.getConnection().getAddress()).isSameAs(lab.address("1004"));
        assertThat(failed.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(failed.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        Call call = parts[0].getCall();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1004 FAILED");
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", diverted("1002", "1003"),
                "-- META_CALL_PROGRESS", diverted("1003", "1004"), "-- META_CALL_PROGRESS", "ConnFailedEv 1004",
                "CallCtlConnFailedEv 1004", "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1004"), invalid()));
    }

    @Test
    void aNoAnswerLoopStopsToo() throws Exception {
        address("1002").setForwarding(rules(
                new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_NOANSWER)));
        address("1003").setForwarding(rules(
                new CallControlForwarding("1002", CallControlForwarding.FORWARD_ON_NOANSWER)));
        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        lab.clock.advance(Duration.ofSeconds(15));
        observer.await("CallCtlTermConnRingingEv 1003");
        lab.clock.advance(Duration.ofSeconds(15));
        observer.await("CallCtlConnFailedEv 1003");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1003 FAILED");
        assertThat(lab.clock.pending()).isZero();
    }

    // ---- refusals: the spec's exception, a message, and nothing changed ------------------------

    /** 1002 keeps exactly {@code before}, and its listener heard only {@code heard}. */
    private void assertUnchanged(CallControlForwarding[] before, Recorder features, String... heard)
            throws Exception {
        CallControlForwarding[] now = address("1002").getForwarding();
        if (before == null) {
            assertThat(now).isNull();
        } else {
            assertThat(now).extracting(CallControlForwarding::getDestinationAddress)
                    .containsExactly(java.util.Arrays.stream(before).map(CallControlForwarding::getDestinationAddress)
                            .toArray(String[]::new));
        }
        address("1002").setMessageWaiting(true); // a marker: nothing may come before it
        assertThat(features.await("CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING 1002 true"))
                .containsExactlyElementsOf(lines(List.of(heard), "CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING 1002 true"));
    }

    @Test
    void invalidInstructionsAreRefusedAndChangeNothing() throws Exception {
        Recorder features = new Recorder();
        lab.address("1002").addAddressListener(features);
        CallControlForwarding[] before = rules(new CallControlForwarding("1003"));
        address("1002").setForwarding(before);

        assertThatThrownBy(() -> address("1002").setForwarding(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("got null").hasMessageContaining("cancelForwarding");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1004"), null)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("instruction 1 of Address[1002] is null");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("12a"))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'12a'")
                .hasMessageContaining("cannot dial");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1002"))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("to itself");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1003"),
                new CallControlForwarding("1004")))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("repeats the type FORWARD_UNCONDITIONALLY");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1003",
                CallControlForwarding.FORWARD_ON_BUSY, "x y")))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("specific caller 'x y'");
        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1003") {
            @Override
            public int getType() {
                return 7;
            }
        }))).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("unknown type 7");

        assertUnchanged(before, features, "CALLCTL_ADDRESS_EVENT_FORWARD 1002 [1003]");
    }

    @Test
    void anAddressBeyondTheSwitchHasNoForwarding() throws Exception {
        Connection[] parts = callFrom1001(FAR);
        CallControlAddress remote = (CallControlAddress) parts[1].getAddress();

        assertThatThrownBy(() -> remote.setForwarding(rules(new CallControlForwarding("1003"))))
                .isInstanceOf(MethodNotSupportedException.class).hasMessageContaining(FAR)
                .hasMessageContaining("beyond provider");
        assertThatThrownBy(remote::getForwarding).isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(remote::cancelForwarding).isInstanceOf(MethodNotSupportedException.class);
        assertThat(remote.getCapabilities()).satisfies(c -> {
            var cc = (javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities) c;
            assertThat(List.of(cc.canSetForwarding(), cc.canGetForwarding(), cc.canCancelForwarding()))
                    .containsOnly(false);
        });
    }

    @Test
    void aShutDownProviderRefusesToChangeForwardingButStillTellsIt() throws Exception {
        CallControlForwarding[] before = rules(new CallControlForwarding("1003"));
        address("1002").setForwarding(before);
        lab.provider.shutdown();

        assertThatThrownBy(() -> address("1002").setForwarding(rules(new CallControlForwarding("1004"))))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThatThrownBy(() -> address("1002").cancelForwarding()).isInstanceOf(InvalidStateException.class);

        assertThat(address("1002").getForwarding()).extracting(CallControlForwarding::getDestinationAddress)
                .containsExactly("1003");
    }
}
