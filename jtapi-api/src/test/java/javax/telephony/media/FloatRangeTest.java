package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FloatRangeTest {

    @Test
    void constructorSetsPublicBounds() {
        FloatRange range = new FloatRange(-0.5f, 2.5f);

        assertThat(range.lower).isEqualTo(-0.5f);
        assertThat(range.upper).isEqualTo(2.5f);
    }

    @Test
    void singleValueAndInfiniteRangesAreAllowed() {
        assertThat(new FloatRange(1.5f, 1.5f).upper).isEqualTo(1.5f);
        FloatRange everything = new FloatRange(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
        assertThat(everything.lower).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(everything.upper).isEqualTo(Float.POSITIVE_INFINITY);
    }

    @Test
    void lowerAboveUpperIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FloatRange(2f, 1f))
                .withMessageContaining("greater than");
    }

    @Test
    void nanBoundsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FloatRange(Float.NaN, 1f))
                .withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new FloatRange(0f, Float.NaN))
                .withMessageContaining("NaN");
    }

    @Test
    void rangesWithSameBoundsAreEqual() {
        assertThat(new FloatRange(0.25f, 4f)).isEqualTo(new FloatRange(0.25f, 4f));
    }

    @Test
    void boundsCompareNumericallySoSignedZerosAreEqual() {
        assertThat(new FloatRange(-0.0f, 1f)).isEqualTo(new FloatRange(0.0f, 1f));
    }

    @Test
    void rangesWithDifferentBoundsDiffer() {
        assertThat(new FloatRange(0.25f, 4f)).isNotEqualTo(new FloatRange(0.5f, 4f));
        assertThat(new FloatRange(0.25f, 4f)).isNotEqualTo(new FloatRange(0.25f, 3f));
    }

    @Test
    void rangeIsNotEqualToNullOrOtherTypes() {
        FloatRange range = new FloatRange(1f, 9f);

        assertThat(range.equals(null)).isFalse();
        assertThat(range.equals(new IntRange(1, 9))).isFalse();
    }

    @Test
    void rangeEqualsItself() {
        FloatRange range = new FloatRange(1f, 9f);

        assertThat(range.equals(range)).isTrue();
    }

    @Test
    void toStringShowsBothBounds() {
        assertThat(new FloatRange(-0.5f, 2.5f)).hasToString("FloatRange[-0.5..2.5]");
    }
}
