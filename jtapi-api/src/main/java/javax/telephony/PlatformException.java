package javax.telephony;

/**
 * Unchecked exception thrown when an implementation-specific or underlying platform error prevents
 * an operation from completing.
 */
public class PlatformException extends RuntimeException {
    public PlatformException() {
    }

    public PlatformException(String string) {
        super(string);
    }
}
