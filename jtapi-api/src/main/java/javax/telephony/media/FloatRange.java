package javax.telephony.media;

import java.io.Serializable;

/**
 * Immutable pair of float bounds used to express an inclusive numeric range of parameter values.
 */
public class FloatRange implements Serializable {
    public float lower;
    public float upper;

    public FloatRange(float value, float value2) {
    }

    public boolean equals(Object object) {
        throw NotBuilt.member("FloatRange.equals");
    }

    public String toString() {
        throw NotBuilt.member("FloatRange.toString");
    }
}
