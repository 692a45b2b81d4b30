package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What all listener event classes share: coverage of the API, ids, causes, meta events. */
class ListenerEventTest {
    private static final Provider PROVIDER = Doubles.named(Provider.class, "provider");
    private static final Call CALL = Doubles.named(Call.class, "call-1");
    private static final Call OLD_CALL = Doubles.named(Call.class, "call-0");
    private static final Connection CONN = Doubles.named(Connection.class, "conn-1");
    private static final TerminalConnection TERM_CONN =
            Doubles.named(TerminalConnection.class, "tc-1");
    private static final Address ALICE = Doubles.named(Address.class, "1001");
    private static final Terminal DESK = Doubles.named(Terminal.class, "desk-1001");
    private static final int NORMAL = Event.CAUSE_NORMAL;

    /** How to make each listener event class with a given id; everything else is fixed. */
    private static final Map<Class<? extends ListenerEvent>, IntFunction<ListenerEvent>> MAKERS =
            Map.of(
                    ProviderEventImpl.class,
                    id -> new ProviderEventImpl(id, NORMAL, null, PROVIDER),
                    CallEventImpl.class,
                    id -> new CallEventImpl(id, NORMAL, NORMAL, null, CALL, null),
                    ConnectionEventImpl.class,
                    id -> new ConnectionEventImpl(id, NORMAL, NORMAL, null, CALL, null, CONN),
                    TerminalConnectionEventImpl.class,
                    id -> new TerminalConnectionEventImpl(id, NORMAL, NORMAL, null, CALL, null,
                            TERM_CONN),
                    AddressEventImpl.class,
                    id -> new AddressEventImpl(id, NORMAL, NORMAL, null, ALICE, false, null,
                            false),
                    TerminalEventImpl.class,
                    id -> new TerminalEventImpl(id, NORMAL, NORMAL, null, DESK, false),
                    SingleCallMetaEventImpl.class,
                    id -> new SingleCallMetaEventImpl(id, NORMAL, null, CALL),
                    MultiCallMetaEventImpl.class,
                    id -> new MultiCallMetaEventImpl(id, NORMAL, null, CALL,
                            new Call[] {OLD_CALL}));

    static List<Class<?>> listenerEventInterfaces() {
        return EventNamesTest.listenerEventInterfaces();
    }

    @Test
    void findsTheListenerEventInterfacesOfBothPackages() {
        assertThat(listenerEventInterfaces()).hasSize(16)
                .contains(Event.class, MetaEvent.class, CallControlEvent.class);
    }

    @ParameterizedTest
    @MethodSource("listenerEventInterfaces")
    void everyIdOfEveryInterfaceIsMadeByAClassImplementingIt(Class<?> type) {
        List<Class<? extends ListenerEvent>> implementations = MAKERS.keySet().stream()
                .filter(type::isAssignableFrom).toList();
        assertThat(implementations).as("classes implementing " + type.getSimpleName())
                .isNotEmpty();

        for (int id : EventNames.idsDeclaredBy(type)) {
            List<ListenerEvent> made = implementations.stream()
                    .map(MAKERS::get).map(maker -> tryMake(maker, id)).filter(e -> e != null)
                    .toList();
            assertThat(made).as(EventNames.id(id) + " made by one class").hasSize(1);
            assertThat(made.get(0).getID()).isEqualTo(id);
            assertThat(made.get(0)).isInstanceOf(type);
        }
    }

    @Test
    void eachClassAcceptsOnlyItsOwnFamilysIds() {
        assertThatThrownBy(() -> new ConnectionEventImpl(CallEvent.CALL_ACTIVE, NORMAL, NORMAL,
                null, CALL, null, CONN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ConnectionEvent: id 101 (CALL_ACTIVE) is not one of"
                        + " its ids CONNECTION_ALERTING, ");
        assertThatThrownBy(() -> new CallEventImpl(ConnectionEvent.CONNECTION_ALERTING, NORMAL,
                NORMAL, null, CALL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CallEvent: id 104 (CONNECTION_ALERTING)");
    }

    @Test
    void rejectsACallControlCauseAsTheCoreCause() {
        assertThatThrownBy(() -> new CallEventImpl(CallEvent.CALL_ACTIVE,
                CallControlEvent.CAUSE_PARK, NORMAL, null, CALL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CallEvent: cause 209 is not a core cause");
    }

    @Test
    void rejectsAnUnknownCallControlCause() {
        assertThatThrownBy(() -> new TerminalEventImpl(
                TerminalEventImpl.TERMINAL_EVENT_TRANSMISSION_ENDED, NORMAL, 42, null, DESK,
                false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TerminalEvent: call-control cause 42");
    }

    @Test
    void keepsTheBracketingMetaEvent() {
        MetaEvent progress = new SingleCallMetaEventImpl(
                SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED, NORMAL, null, CALL);

        CallEventImpl event = new CallEventImpl(CallEvent.CALL_ACTIVE, NORMAL, NORMAL, progress,
                CALL, null);

        assertThat(event.getMetaEvent()).isSameAs(progress);
        assertThat(event.toString()).endsWith(" meta=SINGLECALL_META_PROGRESS_STARTED]");
    }

    @Test
    void eventsAreDistinctHappeningsEvenWithEqualContent() {
        ListenerEvent first = MAKERS.get(CallEventImpl.class).apply(CallEvent.CALL_ACTIVE);
        ListenerEvent second = MAKERS.get(CallEventImpl.class).apply(CallEvent.CALL_ACTIVE);

        assertThat(first).isNotEqualTo(second);
    }

    private static ListenerEvent tryMake(IntFunction<ListenerEvent> maker, int id) {
        try {
            return maker.apply(id);
        } catch (IllegalArgumentException notThisClassesId) {
            return null;
        }
    }
}
