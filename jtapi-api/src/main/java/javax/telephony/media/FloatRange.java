package javax.telephony.media;

import java.io.Serializable;

/**
 * Inclusive range of float values, {@code lower} to {@code upper}, used to state which values a
 * parameter accepts.
 *
 * <p>The constructor rejects an empty range ({@code lower > upper}) and NaN bounds. Bounds compare
 * numerically, so {@code -0.0f} and {@code 0.0f} are the same bound. The fields are public and
 * mutable as the API defines them; this class has no {@code hashCode} override because the JTAPI
 * 1.4 API declares none, so do not use ranges as hash keys.
 */
@SuppressWarnings("overrides") // equals without hashCode: see above
public class FloatRange implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The smallest value in the range. */
    public float lower;
    /** The largest value in the range. */
    public float upper;

    /**
     * Creates the range {@code lower..upper}, both ends included; infinite bounds are allowed.
     *
     * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}
     */
    public FloatRange(float value, float value2) {
        if (Float.isNaN(value) || Float.isNaN(value2)) {
            throw new IllegalArgumentException(
                    "FloatRange bounds must be numbers, got " + value + " and " + value2);
        }
        if (value > value2) {
            throw new IllegalArgumentException(
                    "FloatRange lower bound " + value + " is greater than upper bound " + value2);
        }
        this.lower = value;
        this.upper = value2;
    }

    /** Two ranges are equal when they are of the same class and their bounds are numerically equal. */
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (object == null || object.getClass() != getClass()) {
            return false;
        }
        FloatRange other = (FloatRange) object;
        return lower == other.lower && upper == other.upper;
    }

    /** Returns the range as {@code FloatRange[lower..upper]}. */
    public String toString() {
        return "FloatRange[" + lower + ".." + upper + "]";
    }
}
