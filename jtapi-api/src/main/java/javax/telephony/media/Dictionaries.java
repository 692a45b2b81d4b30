package javax.telephony.media;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;

/** Snapshot copies of the attribute and parameter dictionaries that value classes hold. */
final class Dictionaries {
    private Dictionaries() {
    }

    /**
     * Returns a shallow copy of {@code source}, or {@code null} when it is {@code null} (meaning
     * "none"), so a caller's later changes cannot reach the holder's state and vice versa.
     */
    static Dictionary<Object, Object> copyOf(Dictionary<?, ?> source) {
        if (source == null) {
            return null;
        }
        Hashtable<Object, Object> copy = new Hashtable<Object, Object>();
        for (Enumeration<?> keys = source.keys(); keys.hasMoreElements(); ) {
            Object key = keys.nextElement();
            copy.put(key, source.get(key));
        }
        return copy;
    }
}
