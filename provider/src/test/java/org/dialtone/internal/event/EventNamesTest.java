package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

class EventNamesTest {

    @Test
    void namesListenerIdsAfterTheirConstants() {
        assertThat(EventNames.id(104)).isEqualTo("CONNECTION_ALERTING");
        assertThat(EventNames.id(111)).isEqualTo("PROVIDER_IN_SERVICE");
        assertThat(EventNames.id(361)).isEqualTo("CALLCTL_CONNECTION_OFFERED");
        assertThat(EventNames.id(371)).isEqualTo("CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB");
        assertThat(EventNames.id(200)).isEqualTo("MULTICALL_META_MERGE_STARTED");
        assertThat(EventNames.id(212)).isEqualTo("SINGLECALL_META_SNAPSHOT_STARTED");
    }

    @Test
    void namesObserverIdsAfterTheirInterfaces() {
        assertThat(EventNames.observerId(104)).isEqualTo("ConnAlertingEv");
        assertThat(EventNames.observerId(103)).isEqualTo("CallObservationEndedEv");
        assertThat(EventNames.observerId(200)).isEqualTo("CallCtlAddrDoNotDisturbEv");
        assertThat(EventNames.observerId(221)).isEqualTo("CallCtlTermDoNotDisturbEv");
    }

    @Test
    void namesCoreAndCallControlCauses() {
        assertThat(EventNames.cause(Event.CAUSE_NORMAL)).isEqualTo("CAUSE_NORMAL");
        assertThat(EventNames.cause(Event.CAUSE_SNAPSHOT)).isEqualTo("CAUSE_SNAPSHOT");
        assertThat(EventNames.cause(CallControlEvent.CAUSE_REDIRECTED))
                .isEqualTo("CAUSE_REDIRECTED");
        assertThat(EventNames.cause(CallControlEvent.CAUSE_UNHOLD)).isEqualTo("CAUSE_UNHOLD");
    }

    @Test
    void namesMetaCodes() {
        assertThat(EventNames.metaCode(Ev.META_CALL_PROGRESS)).isEqualTo("META_CALL_PROGRESS");
        assertThat(EventNames.metaCode(Ev.META_UNKNOWN)).isEqualTo("META_UNKNOWN");
    }

    @Test
    void showsValuesWithoutANameAsNumbers() {
        assertThat(EventNames.id(999)).isEqualTo("999");
        assertThat(EventNames.observerId(350)).isEqualTo("350");
        assertThat(EventNames.cause(Ev.META_CALL_PROGRESS)).isEqualTo("129");
        assertThat(EventNames.metaCode(Event.CAUSE_NORMAL)).isEqualTo("100");
    }

    @Test
    void namesEveryIdConstantOfEveryListenerEventInterface() {
        for (Class<?> type : listenerEventInterfaces()) {
            for (Field field : intConstants(type)) {
                if (!field.getName().startsWith("CAUSE_")) {
                    assertThat(EventNames.id(valueOf(field))).as(field.toString())
                            .isEqualTo(field.getName());
                }
            }
        }
    }

    @Test
    void observerCausesHaveTheSameValuesAsListenerCauses() {
        assertSameConstants(Ev.class, Event.class, "CAUSE_");
        assertSameConstants(CallCtlEv.class, CallControlEvent.class, "CAUSE_");
    }

    @Test
    void idsDeclaredByLeavesOutInheritedIdsAndCauses() {
        assertThat(EventNames.idsDeclaredBy(ConnectionEvent.class))
                .containsExactly(104, 105, 106, 107, 108, 109, 110);
        assertThat(EventNames.idsDeclaredBy(CallControlConnectionEvent.class))
                .hasSize(11).allMatch(id -> id >= 353 && id <= 363);
        assertThat(EventNames.idsDeclaredBy(CallControlEvent.class)).isEmpty();
    }

    @Test
    void tellsCoreCausesFromCallControlCauses() {
        assertThat(EventNames.isCoreCause(Event.CAUSE_NORMAL)).isTrue();
        assertThat(EventNames.isCoreCause(CallControlEvent.CAUSE_BUSY)).isFalse();
        assertThat(EventNames.isCause(CallControlEvent.CAUSE_BUSY)).isTrue();
        assertThat(EventNames.isCause(Ev.META_CALL_STARTING)).isFalse();
        assertThat(EventNames.isMetaCode(Ev.META_CALL_STARTING)).isTrue();
    }

    static List<Class<?>> listenerEventInterfaces() {
        return Stream.concat(JtapiTypes.interfacesIn("javax.telephony").stream(),
                        JtapiTypes.interfacesIn("javax.telephony.callcontrol").stream())
                .filter(Event.class::isAssignableFrom).toList();
    }

    private static void assertSameConstants(Class<?> a, Class<?> b, String prefix) {
        List<String> namesA = intConstants(a).stream().map(Field::getName)
                .filter(name -> name.startsWith(prefix)).sorted().toList();
        List<String> namesB = intConstants(b).stream().map(Field::getName)
                .filter(name -> name.startsWith(prefix)).sorted().toList();
        assertThat(namesA).isNotEmpty().isEqualTo(namesB);
        for (String name : namesA) {
            assertThat(valueOf(field(a, name))).as(name).isEqualTo(valueOf(field(b, name)));
        }
    }

    private static List<Field> intConstants(Class<?> type) {
        return Stream.of(type.getDeclaredFields())
                .filter(f -> f.getType() == int.class && Modifier.isStatic(f.getModifiers()))
                .toList();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static int valueOf(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
