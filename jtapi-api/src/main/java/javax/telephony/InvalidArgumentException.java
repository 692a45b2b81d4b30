package javax.telephony;

/**
 * Thrown when a method receives an argument that is null, of the wrong kind, or otherwise not
 * acceptable to the implementation.
 */
public class InvalidArgumentException extends Exception {
    /** Creates the exception without a message. */
    public InvalidArgumentException() {
    }

    /**
     * Creates the exception with a message.
     *
     * @param string a description of the problem
     */
    public InvalidArgumentException(String string) {
        super(string);
    }
}
