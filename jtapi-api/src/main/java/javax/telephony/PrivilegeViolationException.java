package javax.telephony;

/**
 * Thrown when the application lacks permission for a requested operation; the type indicates
 * whether the originating or destination side caused it.
 */
public class PrivilegeViolationException extends Exception {
    public static final int DESTINATION_VIOLATION = 1;
    public static final int ORIGINATOR_VIOLATION = 0;
    public static final int UNKNOWN_VIOLATION = 2;

    private final int type;

    /**
     * Creates the exception without a message.
     *
     * @param value where the violation happened, one of the {@code *_VIOLATION} constants
     */
    public PrivilegeViolationException(int value) {
        this.type = value;
    }

    /**
     * Creates the exception with a message.
     *
     * @param value where the violation happened, one of the {@code *_VIOLATION} constants
     * @param string a description of the problem
     */
    public PrivilegeViolationException(int value, String string) {
        super(string);
        this.type = value;
    }

    /**
     * Tells which side of the request lacked the privilege.
     *
     * @return the violation code given when the exception was created
     */
    public int getType() {
        return type;
    }
}
