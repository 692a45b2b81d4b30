package javax.telephony;

/**
 * Thrown when a needed resource, such as a free originator, trunk, dial tone or observer slot, is
 * not available at the time of the request.
 */
public class ResourceUnavailableException extends Exception {
    public static final int NO_DIALTONE = 6;
    public static final int OBSERVER_LIMIT_EXCEEDED = 2;
    public static final int ORIGINATOR_UNAVAILABLE = 1;
    public static final int OUTSTANDING_METHOD_EXCEEDED = 4;
    public static final int TRUNK_LIMIT_EXCEEDED = 3;
    public static final int UNKNOWN = 0;
    public static final int UNSPECIFIED_LIMIT_EXCEEDED = 5;
    public static final int USER_RESPONSE = 7;

    private final int type;

    /**
     * Creates the exception without a message.
     *
     * @param value which resource was missing, one of this class's constants
     */
    public ResourceUnavailableException(int value) {
        this.type = value;
    }

    /**
     * Creates the exception with a message.
     *
     * @param value which resource was missing, one of this class's constants
     * @param string a description of the problem
     */
    public ResourceUnavailableException(int value, String string) {
        super(string);
        this.type = value;
    }

    /**
     * Tells which resource was unavailable.
     *
     * @return the resource code given when the exception was created
     */
    public int getType() {
        return type;
    }
}
