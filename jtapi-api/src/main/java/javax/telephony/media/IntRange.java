package javax.telephony.media;

import java.io.Serializable;

/**
 * Inclusive range of int values, {@code lower} to {@code upper}, used to state which values a
 * parameter accepts.
 *
 * <p>The constructor rejects an empty range ({@code lower > upper}). The fields are public and
 * mutable as the API defines them; this class has no {@code hashCode} override because the JTAPI
 * 1.4 API declares none, so do not use ranges as hash keys.
 */
@SuppressWarnings("overrides") // equals without hashCode: see above
public class IntRange implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The smallest value in the range. */
    public int lower;
    /** The largest value in the range. */
    public int upper;

    /**
     * Creates the range {@code lower..upper}, both ends included.
     *
     * @throws IllegalArgumentException if {@code lower > upper}
     */
    public IntRange(int value, int value2) {
        if (value > value2) {
            throw new IllegalArgumentException(
                    "IntRange lower bound " + value + " is greater than upper bound " + value2);
        }
        this.lower = value;
        this.upper = value2;
    }

    /** Two ranges are equal when they are of the same class and have the same bounds. */
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (object == null || object.getClass() != getClass()) {
            return false;
        }
        IntRange other = (IntRange) object;
        return lower == other.lower && upper == other.upper;
    }

    /** Returns the range as {@code IntRange[lower..upper]}. */
    public String toString() {
        return "IntRange[" + lower + ".." + upper + "]";
    }
}
