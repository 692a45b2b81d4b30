package javax.telephony;

/**
 * Thrown when a method receives an argument that is null, of the wrong kind, or otherwise not
 * acceptable to the implementation.
 */
public class InvalidArgumentException extends Exception {
    public InvalidArgumentException() {
    }

    public InvalidArgumentException(String string) {
        super(string);
    }
}
