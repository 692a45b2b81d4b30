package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dialtone.sim.ExternalBehaviour.Kind;
import org.junit.jupiter.api.Test;

class ExternalBehaviourTest {

    @Test
    void constantsHaveTheirKindAndNoDelay() {
        assertThat(ExternalBehaviour.ANSWER.kind()).isEqualTo(Kind.ANSWER);
        assertThat(ExternalBehaviour.BUSY.kind()).isEqualTo(Kind.BUSY);
        assertThat(ExternalBehaviour.NO_ANSWER.kind()).isEqualTo(Kind.NO_ANSWER);
        assertThat(ExternalBehaviour.REJECT.kind()).isEqualTo(Kind.REJECT);
        assertThat(ExternalBehaviour.UNKNOWN.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(ExternalBehaviour.BUSY.answerDelay()).isZero();
    }

    @Test
    void toStringIsTheFileSyntax() {
        assertThat(ExternalBehaviour.ANSWER).hasToString("answer");
        assertThat(ExternalBehaviour.answerAfter(Duration.ofSeconds(2))).hasToString("answer after 2000ms");
        assertThat(ExternalBehaviour.BUSY).hasToString("busy");
        assertThat(ExternalBehaviour.NO_ANSWER).hasToString("no-answer");
        assertThat(ExternalBehaviour.REJECT).hasToString("reject");
        assertThat(ExternalBehaviour.UNKNOWN).hasToString("unknown");
    }

    @Test
    void answerAfterKeepsTheDelay() {
        ExternalBehaviour behaviour = ExternalBehaviour.answerAfter(Duration.ofMillis(1500));

        assertThat(behaviour.kind()).isEqualTo(Kind.ANSWER);
        assertThat(behaviour.answerDelay()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void answerAfterNoDelayIsAnswer() {
        assertThat(ExternalBehaviour.answerAfter(Duration.ZERO)).isSameAs(ExternalBehaviour.ANSWER);
    }

    @Test
    void behavioursWithTheSameKindAndDelayAreEqual() {
        ExternalBehaviour a = ExternalBehaviour.answerAfter(Duration.ofSeconds(2));
        ExternalBehaviour b = ExternalBehaviour.answerAfter(Duration.ofMillis(2000));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ExternalBehaviour.answerAfter(Duration.ofMillis(2001)));
        assertThat(a).isNotEqualTo(ExternalBehaviour.ANSWER);
        assertThat(ExternalBehaviour.BUSY).isNotEqualTo(ExternalBehaviour.REJECT);
    }

    @Test
    void badDelaysAreRejectedWithTheReason() {
        assertThatThrownBy(() -> ExternalBehaviour.answerAfter(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("answer delay PT-0.001S is negative");
        assertThatThrownBy(() -> ExternalBehaviour.answerAfter(Duration.ofNanos(1_500_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer delay PT0.0015S is not a whole number of milliseconds");
        assertThatThrownBy(() -> ExternalBehaviour.answerAfter(Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("answer delay PT9600H is longer than a year");
        assertThatThrownBy(() -> ExternalBehaviour.answerAfter(null))
                .isInstanceOf(NullPointerException.class).hasMessage("delay");
    }
}
