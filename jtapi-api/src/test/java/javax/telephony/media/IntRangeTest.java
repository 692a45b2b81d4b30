package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IntRangeTest {

    @Test
    void constructorSetsPublicBounds() {
        IntRange range = new IntRange(-5, 10);

        assertThat(range.lower).isEqualTo(-5);
        assertThat(range.upper).isEqualTo(10);
    }

    @Test
    void singleValueRangeIsAllowed() {
        IntRange range = new IntRange(3, 3);

        assertThat(range.lower).isEqualTo(range.upper).isEqualTo(3);
    }

    @Test
    void extremeBoundsAreAllowed() {
        IntRange range = new IntRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

        assertThat(range.lower).isEqualTo(Integer.MIN_VALUE);
        assertThat(range.upper).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void lowerAboveUpperIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntRange(2, 1))
                .withMessageContaining("2").withMessageContaining("1");
    }

    @Test
    void rangesWithSameBoundsAreEqual() {
        assertThat(new IntRange(1, 9)).isEqualTo(new IntRange(1, 9));
    }

    @Test
    void rangesWithDifferentBoundsDiffer() {
        assertThat(new IntRange(1, 9)).isNotEqualTo(new IntRange(0, 9));
        assertThat(new IntRange(1, 9)).isNotEqualTo(new IntRange(1, 8));
    }

    @Test
    void rangeIsNotEqualToNullOrOtherTypes() {
        IntRange range = new IntRange(1, 9);

        assertThat(range.equals(null)).isFalse();
        assertThat(range.equals(new FloatRange(1, 9))).isFalse();
        assertThat(range.equals("1..9")).isFalse();
    }

    @Test
    void rangeEqualsItself() {
        IntRange range = new IntRange(1, 9);

        assertThat(range.equals(range)).isTrue();
    }

    @Test
    void equalityFollowsTheMutableFields() {
        IntRange range = new IntRange(1, 9);
        range.upper = 20;

        assertThat(range).isEqualTo(new IntRange(1, 20));
    }

    @Test
    void toStringShowsBothBounds() {
        assertThat(new IntRange(-5, 10)).hasToString("IntRange[-5..10]");
    }
}
