package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import javax.telephony.callcontrol.events.CallCtlCallEv;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.privatedata.events.PrivateCallEv;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ObserverEventsTest {
    private static final Provider PROVIDER = Doubles.named(Provider.class, "provider");
    private static final Call CALL = Doubles.named(Call.class, "call-1");
    private static final Connection CONN = Doubles.named(Connection.class, "conn-1");
    private static final TerminalConnection TERM_CONN =
            Doubles.named(TerminalConnection.class, "tc-1");
    private static final Address ALICE = Doubles.named(Address.class, "1001");
    private static final Address BOB = Doubles.named(Address.class, "1002");
    private static final Address CAROL = Doubles.named(Address.class, "1003");
    private static final Terminal DESK = Doubles.named(Terminal.class, "desk-1001");
    private static final CallInfo PARTIES = new CallInfo(ALICE, DESK, BOB, CAROL);

    /** Data holding every object any event needs, so any id can be built from it. */
    private static final EvData EVERYTHING =
            EvData.builder(Ev.CAUSE_NEW_CALL, Ev.META_CALL_STARTING, true)
                    .callControlCause(CallCtlEv.CAUSE_REDIRECTED)
                    .provider(PROVIDER).call(CALL).connection(CONN).terminalConnection(TERM_CONN)
                    .address(ALICE).terminal(DESK).parties(PARTIES).build();

    static List<Class<?>> leafEvInterfaces() {
        return JtapiTypes.leaves(Stream.concat(
                        JtapiTypes.interfacesIn("javax.telephony.events").stream(),
                        JtapiTypes.interfacesIn("javax.telephony.callcontrol.events").stream())
                .filter(Ev.class::isAssignableFrom).toList());
    }

    @Test
    void findsTheLeafInterfacesOfBothPackages() {
        assertThat(leafEvInterfaces()).hasSize(44).contains(ConnAlertingEv.class,
                CallCtlConnOfferedEv.class, CallCtlTermDoNotDisturbEv.class);
    }

    /** The leaf interfaces, and the private data event about a call (secured calls announce themselves so). */
    @Test
    void supportsExactlyTheIdsOfTheLeafInterfacesAndPrivateCallData() {
        assertThat(ObserverEvents.ids()).containsExactlyInAnyOrderElementsOf(Stream.concat(
                leafEvInterfaces().stream().map(ObserverEventsTest::idOf), Stream.of(PrivateCallEv.ID)).toList());
    }

    @Test
    void privateCallDataCarriesItsDataAndRequiresSome() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, true).call(CALL).privateData("secured")
                .build();

        PrivateCallEv ev = (PrivateCallEv) ObserverEvents.forId(PrivateCallEv.ID, data, CALL);

        assertThat(ev.getPrivateData()).isEqualTo("secured");
        assertThat(ev.getCall()).isSameAs(CALL);
        assertThat(ev.toString()).contains("PrivateCallEv", "privateData=secured");
        assertThatThrownBy(() -> ObserverEvents.forId(PrivateCallEv.ID, EVERYTHING, CALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PrivateCallEv needs private data but the data has none");
    }

    @ParameterizedTest
    @MethodSource("leafEvInterfaces")
    void everyLeafInterfaceHasItsOwnClassWithItsId(Class<?> type) {
        int id = idOf(type);
        Ev event = ObserverEvents.forId(id, EVERYTHING, CALL);

        assertThat(event).isInstanceOf(type);
        assertThat(event.getID()).isEqualTo(id);
        assertThat(ObserverEvents.interfaceOf(id)).isEqualTo(type);
        assertThat(leafEvInterfaces()).filteredOn(other -> other.isInstance(event))
                .containsExactly(type);
    }

    @ParameterizedTest
    @MethodSource("leafEvInterfaces")
    void everyEventReturnsTheCommonFieldsItWasGiven(Class<?> type) {
        ObserverEv event = ObserverEvents.forId(idOf(type), EVERYTHING, ALICE);

        assertThat(event.getCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
        assertThat(event.getMetaCode()).isEqualTo(Ev.META_CALL_STARTING);
        assertThat(event.isNewMetaEvent()).isTrue();
        assertThat(event.getObserved()).isSameAs(ALICE);
        assertThat(event.data()).isSameAs(EVERYTHING);
        if (event instanceof CallCtlEv callControl) {
            assertThat(callControl.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        }
    }

    @ParameterizedTest
    @MethodSource("leafEvInterfaces")
    void everyEventReturnsTheObjectsItIsAbout(Class<?> type) {
        Ev event = ObserverEvents.forId(idOf(type), EVERYTHING, ALICE);

        if (event instanceof ProvEv prov) {
            assertThat(prov.getProvider()).isSameAs(PROVIDER);
        }
        if (event instanceof CallEv call) {
            assertThat(call.getCall()).isSameAs(CALL);
        }
        if (event instanceof ConnEv conn) {
            assertThat(conn.getConnection()).isSameAs(CONN);
        }
        if (event instanceof TermConnEv termConn) {
            assertThat(termConn.getTerminalConnection()).isSameAs(TERM_CONN);
        }
        if (event instanceof AddrEv addr) {
            assertThat(addr.getAddress()).isSameAs(ALICE);
        }
        if (event instanceof TermEv term) {
            assertThat(term.getTerminal()).isSameAs(DESK);
        }
        if (event instanceof CallCtlCallEv parties) {
            assertThat(parties.getCallingAddress()).isSameAs(ALICE);
            assertThat(parties.getCallingTerminal()).isSameAs(DESK);
            assertThat(parties.getCalledAddress()).isSameAs(BOB);
            assertThat(parties.getLastRedirectedAddress()).isSameAs(CAROL);
        }
    }

    @ParameterizedTest
    @MethodSource("leafEvInterfaces")
    void withObservedCopiesTheEventForAnotherObserver(Class<?> type) {
        ObserverEv forCall = ObserverEvents.forId(idOf(type), EVERYTHING, CALL);
        ObserverEv forAddress = forCall.withObserved(ALICE);

        assertThat(forAddress).isNotSameAs(forCall).isExactlyInstanceOf(forCall.getClass());
        assertThat(forAddress.getObserved()).isSameAs(ALICE);
        assertThat(forAddress.data()).isSameAs(forCall.data());
        assertThat(forCall.getObserved()).isSameAs(CALL);
        assertThat(forCall.withObserved(CALL)).isSameAs(forCall);
    }

    @ParameterizedTest
    @MethodSource("leafEvInterfaces")
    void everyEventNamesItsInterfaceInToString(Class<?> type) {
        Ev event = ObserverEvents.forId(idOf(type), EVERYTHING, ALICE);

        assertThat(event.toString()).startsWith(type.getSimpleName() + "[cause=CAUSE_NEW_CALL")
                .contains(" meta=META_CALL_STARTING new observed=1001]");
    }

    @Test
    void dialingEventCarriesItsDigits() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_STARTING, false)
                .call(CALL).connection(CONN).digits("0049").build();

        CallCtlConnDialingEv event =
                (CallCtlConnDialingEv) ObserverEvents.forId(CallCtlConnDialingEv.ID, data, CALL);

        assertThat(event.getDigits()).isEqualTo("0049");
        assertThat(event.getCallControlCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(event.getCallingAddress()).isNull();
    }

    @Test
    void queuedEventCarriesTheNumberInQueue() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
                .call(CALL).connection(CONN).numberInQueue(3).build();

        CallCtlConnQueuedEv event =
                (CallCtlConnQueuedEv) ObserverEvents.forId(CallCtlConnQueuedEv.ID, data, CALL);

        assertThat(event.getNumberInQueue()).isEqualTo(3);
        assertThat(event.toString()).contains(" numberInQueue=3");
    }

    @Test
    void addressFeatureEventsCarryTheirStates() {
        CallControlForwarding rule = new CallControlForwarding("2000");
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).address(ALICE)
                .doNotDisturb(true).messageWaiting(true)
                .forwarding(new CallControlForwarding[] {rule}).build();

        var dnd = (CallCtlAddrDoNotDisturbEv) ObserverEvents.forId(
                CallCtlAddrDoNotDisturbEv.ID, data, ALICE);
        var waiting = (CallCtlAddrMessageWaitingEv) ObserverEvents.forId(
                CallCtlAddrMessageWaitingEv.ID, data, ALICE);
        var forward = (CallCtlAddrForwardEv) ObserverEvents.forId(
                CallCtlAddrForwardEv.ID, data, ALICE);

        assertThat(dnd.getDoNotDisturbState()).isTrue();
        assertThat(waiting.getMessageWaitingState()).isTrue();
        assertThat(forward.getForwarding()).containsExactly(rule);
    }

    @Test
    void forwardEventHandsOutACopyOfItsRules() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).address(ALICE)
                .forwarding(new CallControlForwarding[] {new CallControlForwarding("2000")})
                .build();
        var forward = (CallCtlAddrForwardEv) ObserverEvents.forId(
                CallCtlAddrForwardEv.ID, data, ALICE);

        forward.getForwarding()[0] = null;

        assertThat(forward.getForwarding()).doesNotContainNull().hasSize(1);
    }

    @Test
    void forwardEventWithoutRulesReportsNone() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).address(ALICE)
                .build();

        var forward = (CallCtlAddrForwardEv) ObserverEvents.forId(
                CallCtlAddrForwardEv.ID, data, ALICE);

        assertThat(forward.getForwarding()).isEmpty();
    }

    @Test
    void terminalDoNotDisturbEventCarriesItsState() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).terminal(DESK)
                .doNotDisturb(true).build();

        var event = (CallCtlTermDoNotDisturbEv) ObserverEvents.forId(
                CallCtlTermDoNotDisturbEv.ID, data, DESK);

        assertThat(event.getDoNotDisturbState()).isTrue();
        assertThat(event.getTerminal()).isSameAs(DESK);
    }

    @Test
    void callObservationEndedNamesTheEndedObjectOrElseTheCall() {
        EvData.Builder builder = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false)
                .call(CALL);

        var byDefault = (CallObservationEndedEv) ObserverEvents.forId(
                CallObservationEndedEv.ID, builder.build(), CALL);
        var throughAddress = (CallObservationEndedEv) ObserverEvents.forId(
                CallObservationEndedEv.ID, builder.endedObject(ALICE).build(), ALICE);

        assertThat(byDefault.getEndedObject()).isSameAs(CALL);
        assertThat(throughAddress.getEndedObject()).isSameAs(ALICE);
    }

    @Test
    void rejectsDataThatLacksAnObjectTheEventNeeds() {
        EvData callOnly = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
                .call(CALL).build();

        assertThatThrownBy(() -> ObserverEvents.forId(ConnAlertingEv.ID, callOnly, CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConnAlertingEv needs a connection but the data has none");
        assertThatThrownBy(() -> ObserverEvents.forId(ProvInServiceEv.ID, callOnly, CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProvInServiceEv needs a provider but the data has none");
    }

    @Test
    void rejectsAnUnknownId() {
        assertThatThrownBy(() -> ObserverEvents.forId(350, EVERYTHING, CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no observer event has id 350");
        assertThatThrownBy(() -> ObserverEvents.interfaceOf(99))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingObservedObjectOrData() {
        assertThatThrownBy(() -> ObserverEvents.forId(ConnAlertingEv.ID, EVERYTHING, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ConnAlertingEv: observed object is null");
        assertThatThrownBy(() -> ObserverEvents.forId(ConnAlertingEv.ID, null, CALL))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ConnAlertingEv: data is null");
    }

    @Test
    void coreAndCallControlEventsForOneChangeAreDistinctTypes() {
        Ev core = ObserverEvents.forId(ConnAlertingEv.ID, EVERYTHING, CALL);
        Ev callControl = ObserverEvents.forId(
                javax.telephony.callcontrol.events.CallCtlConnAlertingEv.ID, EVERYTHING, CALL);

        assertThat(core).isNotInstanceOf(CallCtlEv.class);
        assertThat(callControl).isInstanceOf(ConnEv.class).isNotInstanceOf(ConnAlertingEv.class);
        assertThat(CallCtlEv.class.isAssignableFrom(ObserverEvents.interfaceOf(callControl.getID())))
                .isTrue();
    }

    @Test
    void toStringShowsCausesObjectsAndParties() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
                .callControlCause(CallCtlEv.CAUSE_REDIRECTED).call(CALL).connection(CONN)
                .terminalConnection(TERM_CONN).parties(new CallInfo(ALICE, null, BOB, null))
                .build();

        assertThat(ObserverEvents.forId(ConnAlertingEv.ID, data, CALL)).hasToString(
                "ConnAlertingEv[cause=CAUSE_NORMAL conn=conn-1 meta=META_CALL_PROGRESS"
                        + " observed=call-1]");
        assertThat(ObserverEvents.forId(CallCtlConnOfferedEv.ID, data, BOB)).hasToString(
                "CallCtlConnOfferedEv[cause=CAUSE_NORMAL conn=conn-1 ccCause=CAUSE_REDIRECTED"
                        + " calling=1001 called=1002 meta=META_CALL_PROGRESS observed=1002]");
        assertThat(ObserverEvents.forId(CallCtlTermConnHeldEv.ID, data, CALL).toString())
                .startsWith("CallCtlTermConnHeldEv[cause=CAUSE_NORMAL termConn=tc-1 ccCause=");
    }

    @Test
    void eventsAreDistinctHappeningsEvenWithEqualContent() {
        Ev first = ObserverEvents.forId(ConnAlertingEv.ID, EVERYTHING, CALL);
        Ev second = ObserverEvents.forId(ConnAlertingEv.ID, EVERYTHING, CALL);

        assertThat(first).isNotEqualTo(second);
    }

    private static int idOf(Class<?> type) {
        try {
            return type.getField("ID").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no ID", e);
        }
    }
}
