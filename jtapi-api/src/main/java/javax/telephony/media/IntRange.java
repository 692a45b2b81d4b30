package javax.telephony.media;

import java.io.Serializable;

/** Immutable pair of int bounds used to express an inclusive numeric range of parameter values. */
public class IntRange implements Serializable {
    public int lower;
    public int upper;

    public IntRange(int value, int value2) {
    }

    public boolean equals(Object object) {
        throw NotBuilt.member("IntRange.equals");
    }

    public String toString() {
        throw NotBuilt.member("IntRange.toString");
    }
}
