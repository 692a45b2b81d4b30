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

    public ResourceUnavailableException(int value) {
    }

    public ResourceUnavailableException(int value, String string) {
        super(string);
    }

    public int getType() {
        throw NotBuilt.member("ResourceUnavailableException.getType");
    }
}
