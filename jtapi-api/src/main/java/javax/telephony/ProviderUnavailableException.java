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

    private final int reason;

    /** Creates the exception with neither message nor reason; the reason is {@link #CAUSE_UNKNOWN}. */
    public ProviderUnavailableException() {
        this.reason = CAUSE_UNKNOWN;
    }

    /**
     * Creates the exception without a message.
     *
     * @param value why the provider is unavailable, one of the {@code CAUSE_*} constants
     */
    public ProviderUnavailableException(int value) {
        this.reason = value;
    }

    /**
     * Creates the exception with a reason and a message.
     *
     * @param value why the provider is unavailable, one of the {@code CAUSE_*} constants
     * @param string a description of the problem
     */
    public ProviderUnavailableException(int value, String string) {
        super(string);
        this.reason = value;
    }

    /**
     * Creates the exception with a message; the reason is {@link #CAUSE_UNKNOWN}.
     *
     * @param string a description of the problem
     */
    public ProviderUnavailableException(String string) {
        super(string);
        this.reason = CAUSE_UNKNOWN;
    }

    /**
     * Tells why the provider is unavailable.
     *
     * @return the reason code given at creation, or {@link #CAUSE_UNKNOWN} if none was given
     */
    public int getReason() {
        return reason;
    }
}
