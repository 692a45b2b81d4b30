package javax.telephony;

/**
 * Thrown when the implementation does not offer the requested operation at all, as opposed to it
 * being unavailable only at the moment.
 */
public class MethodNotSupportedException extends Exception {
    public MethodNotSupportedException() {
    }

    public MethodNotSupportedException(String string) {
        super(string);
    }
}
