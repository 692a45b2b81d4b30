package javax.telephony;

/**
 * Unchecked exception thrown when an implementation-specific or underlying platform error prevents
 * an operation from completing.
 */
public class PlatformException extends RuntimeException {
    /** Creates the exception without a message. */
    public PlatformException() {
    }

    /**
     * Creates the exception with a message.
     *
     * @param string a description of the problem
     */
    public PlatformException(String string) {
        super(string);
    }
}
