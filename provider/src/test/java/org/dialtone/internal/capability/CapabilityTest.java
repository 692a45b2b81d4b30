package org.dialtone.internal.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CapabilityTest {

    @Test
    void everyConstantAnswersAtLeastOneQuestion() {
        Set<Capability> used = EnumSet.copyOf(Questions.ANSWERED_BY.values());

        assertThat(EnumSet.complementOf(EnumSet.copyOf(used))).as("constants no question asks about").isEmpty();
    }

    @Test
    void everyQuestionOfTheSixInterfacesIsInTheTable() {
        Set<String> asked = Questions.KINDS.stream()
                .flatMap(kind -> Questions.questionsOf(kind.api()).stream())
                .map(Questions::key)
                .collect(Collectors.toSet());

        assertThat(asked).containsExactlyInAnyOrderElementsOf(Questions.ANSWERED_BY.keySet());
    }

    @Test
    void ofMakesAnUnmodifiableSetOfItsArguments() {
        Set<Capability> set = Capability.of(Capability.DROP, Capability.CONNECT, Capability.DROP);

        assertThat(set).containsExactly(Capability.CONNECT, Capability.DROP);
        assertThat(Capability.of()).isEmpty();
        assertThatThrownBy(() -> set.add(Capability.HOLD)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofRejectsNullWithAMessage() {
        assertThatThrownBy(() -> Capability.of((Capability[]) null)).hasMessage("capabilities");
        assertThatThrownBy(() -> Capability.of(Capability.DROP, null))
                .hasMessage("capabilities must not contain null");
    }
}
