package org.dialtone.tck.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequencesTest {

    @Test
    void anExactPatternMatchesOnlyThatSequence() {
        assertThat(Sequences.matches(List.of("A", "B"), "A", "B")).isTrue();
        assertThat(Sequences.matches(List.of("B", "A"), "A", "B")).isFalse();
        assertThat(Sequences.matches(List.of("A", "B", "C"), "A", "B")).isFalse();
    }

    @Test
    void optionalRepeatedAndAlternativeTokensMatchWhatTheySay() {
        assertThat(Sequences.matches(List.of("A", "C"), "A", "B?", "C")).isTrue();
        assertThat(Sequences.matches(List.of("A", "B", "B", "C"), "A", "B?", "C")).isFalse();
        assertThat(Sequences.matches(List.of("A", "B", "B", "C"), "A", "B+", "C")).isTrue();
        assertThat(Sequences.matches(List.of("A", "C"), "A", "B+", "C")).isFalse();
        assertThat(Sequences.matches(List.of(), "B*")).isTrue();
        assertThat(Sequences.matches(List.of("X"), "X|Y")).isTrue();
        assertThat(Sequences.matches(List.of("Z"), "X|Y")).isFalse();
    }

    @Test
    void namesThatArePrefixesOfOthersAreNotConfused() {
        assertThat(Sequences.matches(List.of("ConnCreatedEvX"), "ConnCreatedEv")).isFalse();
        assertThat(Sequences.matches(List.of("cc.connectionAlerting"), "connectionAlerting")).isFalse();
    }

    @Test
    void aMismatchSaysWhatWasExpectedAndWhatCame() {
        assertThatThrownBy(() -> Sequences.assertMatches("the caller", List.of("B", "A"), "A", "B"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("wrong event sequence for the caller")
                .hasMessageContaining("expected A B")
                .hasMessageContaining("but got  B A");
    }
}
