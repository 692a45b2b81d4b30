package javax.telephony;

/**
 * Thrown when the implementation does not offer the requested operation at all, as opposed to it
 * being unavailable only at the moment.
 */
public class MethodNotSupportedException extends Exception {
    /** Creates the exception without a message. */
    public MethodNotSupportedException() {
    }

    /**
     * Creates the exception with a message.
     *
     * @param string a description of the problem
     */
    public MethodNotSupportedException(String string) {
        super(string);
    }
}
