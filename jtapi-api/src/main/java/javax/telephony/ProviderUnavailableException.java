package javax.telephony;

/**
 * Unchecked exception thrown when a provider cannot be obtained or used, for example because the
 * service is unknown, out of service or the arguments are bad.
 */
public class ProviderUnavailableException extends RuntimeException {
    public static final int CAUSE_INVALID_ARGUMENT = 163;
    public static final int CAUSE_INVALID_SERVICE = 162;
    public static final int CAUSE_NOT_IN_SERVICE = 161;
    public static final int CAUSE_UNKNOWN = 160;

    public ProviderUnavailableException() {
    }

    public ProviderUnavailableException(int value) {
    }

    public ProviderUnavailableException(int value, String string) {
        super(string);
    }

    public ProviderUnavailableException(String string) {
        super(string);
    }

    public int getReason() {
        throw NotBuilt.member("ProviderUnavailableException.getReason");
    }
}
