package org.dialtone.internal.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dialtone.internal.capability.Questions.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The six capability classes, each checked against its interface through {@link Questions}. */
class GrantedCapabilitiesTest {
    private static final List<Kind> KINDS = Questions.KINDS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void eachQuestionIsTrueExactlyWhenItsConstantIsGranted(Kind kind) throws Exception {
        for (Method question : Questions.questionsOf(kind.api())) {
            Capability constant = Questions.ANSWERED_BY.get(Questions.key(question));
            Object onlyIt = kind.factory().apply(Set.of(constant));
            Object allButIt = kind.factory().apply(EnumSet.complementOf(EnumSet.of(constant)));

            assertThat(ask(question, onlyIt)).as("%s with only %s", Questions.key(question), constant).isTrue();
            assertThat(ask(question, allButIt)).as("%s without %s", Questions.key(question), constant).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void implementsExactlyItsCallControlInterface(Kind kind) {
        assertThat(Modifier.isPublic(kind.type().getModifiers()) && Modifier.isFinal(kind.type().getModifiers()))
                .as("public final").isTrue();
        assertThat(allInterfaces(kind.type())).isEqualTo(allInterfaces(kind.api()));
        assertThat(kind.type().getInterfaces()).containsExactly(kind.api());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void equalGrantsMakeEqualObjectsAndConstantsNeverAskedAreIgnored(Kind kind) {
        Set<Capability> asked = askedBy(kind);
        Object granted = kind.factory().apply(asked);

        assertThat(kind.factory().apply(EnumSet.allOf(Capability.class)))
                .isEqualTo(granted).hasSameHashCodeAs(granted);
        assertThat(kind.factory().apply(EnumSet.complementOf(EnumSet.copyOf(asked))))
                .isEqualTo(kind.factory().apply(Set.of()))
                .isNotEqualTo(granted);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void rejectsNullWithAMessage(Kind kind) {
        assertThatThrownBy(() -> kind.factory().apply(null)).hasMessage("capabilities");
        Set<Capability> withNull = new HashSet<>(Arrays.asList(Capability.OBSERVE, null));
        assertThatThrownBy(() -> kind.factory().apply(withNull)).hasMessage("capabilities must not contain null");
    }

    @Test
    void toStringNamesTheInterfaceAndTheGrantedConstantsInDeclarationOrder() {
        Set<Capability> granted = Capability.of(Capability.DROP, Capability.OBSERVE, Capability.CONNECT, Capability.HOLD);

        assertThat(new CallCapabilitiesImpl(granted)).hasToString("CallCapabilities[OBSERVE, CONNECT, DROP]");
        assertThat(new ProviderCapabilitiesImpl(Set.of())).hasToString("ProviderCapabilities[]");
    }

    @Test
    void keepsItsOwnCopyOfTheGrantedSet() {
        Set<Capability> granted = EnumSet.of(Capability.HOLD);
        TerminalConnectionCapabilitiesImpl capabilities = new TerminalConnectionCapabilitiesImpl(granted);
        granted.clear();

        assertThat(capabilities.canHold()).isTrue();
    }

    @Test
    void capabilitiesOfDifferentObjectsAreNeverEqual() {
        Set<Capability> observe = Capability.of(Capability.OBSERVE);

        assertThat(new AddressCapabilitiesImpl(observe)).isNotEqualTo(new TerminalCapabilitiesImpl(observe));
    }

    private static boolean ask(Method question, Object capabilities) throws Exception {
        return (Boolean) question.invoke(capabilities, new Object[question.getParameterCount()]);
    }

    private static Set<Capability> askedBy(Kind kind) {
        EnumSet<Capability> asked = EnumSet.noneOf(Capability.class);
        Questions.questionsOf(kind.api()).forEach(q -> asked.add(Questions.ANSWERED_BY.get(Questions.key(q))));
        return asked;
    }

    private static Set<Class<?>> allInterfaces(Class<?> type) {
        Set<Class<?>> all = new HashSet<>();
        if (type.isInterface()) {
            all.add(type);
        }
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            for (Class<?> direct : t.getInterfaces()) {
                all.addAll(allInterfaces(direct));
            }
        }
        return all;
    }
}
