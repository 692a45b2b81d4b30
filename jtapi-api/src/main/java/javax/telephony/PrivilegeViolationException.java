package javax.telephony;

/**
 * Thrown when the application lacks permission for a requested operation; the type indicates
 * whether the originating or destination side caused it.
 */
public class PrivilegeViolationException extends Exception {
    public static final int DESTINATION_VIOLATION = 1;
    public static final int ORIGINATOR_VIOLATION = 0;
    public static final int UNKNOWN_VIOLATION = 2;

    public PrivilegeViolationException(int value) {
    }

    public PrivilegeViolationException(int value, String string) {
        super(string);
    }

    public int getType() {
        throw NotBuilt.member("PrivilegeViolationException.getType");
    }
}
