package javax.telephony.callcontrol;

/**
 * Value class describing one call forwarding rule for an address: the destination, the forwarding
 * condition and which callers it applies to.
 */
public class CallControlForwarding {
    public static final int ALL_CALLS = 1;
    public static final int EXTERNAL_CALLS = 3;
    public static final int FORWARD_ON_BUSY = 2;
    public static final int FORWARD_ON_NOANSWER = 3;
    public static final int FORWARD_UNCONDITIONALLY = 1;
    public static final int INTERNAL_CALLS = 2;
    public static final int SPECIFIC_ADDRESS = 4;

    private final String destination;
    private final int type;
    private final int filter;
    private final String specificCaller;

    /**
     * Creates a rule forwarding every incoming call to the destination, unconditionally.
     *
     * @param string the address calls are forwarded to; neither null nor empty
     * @throws IllegalArgumentException if the destination is null or empty
     */
    public CallControlForwarding(String string) {
        this(string, FORWARD_UNCONDITIONALLY);
    }

    /**
     * Creates a rule forwarding every incoming call to the destination under the given condition.
     *
     * @param string the address calls are forwarded to; neither null nor empty
     * @param value when to forward: {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or
     *     {@link #FORWARD_ON_NOANSWER}
     * @throws IllegalArgumentException if the destination is null or empty, or the type is unknown
     */
    public CallControlForwarding(String string, int value) {
        this(string, value, ALL_CALLS, null);
    }

    /**
     * Creates a rule that forwards only internal or only external calls.
     *
     * @param string the address calls are forwarded to; neither null nor empty
     * @param value when to forward, one of the {@code FORWARD_*} constants
     * @param flag true to forward only internal calls, false to forward only external calls
     * @throws IllegalArgumentException if the destination is null or empty, or the type is unknown
     */
    public CallControlForwarding(String string, int value, boolean flag) {
        this(string, value, flag ? INTERNAL_CALLS : EXTERNAL_CALLS, null);
    }

    /**
     * Creates a rule that forwards only calls coming from one specific address.
     *
     * @param string the address calls are forwarded to; neither null nor empty
     * @param value when to forward, one of the {@code FORWARD_*} constants
     * @param string2 the calling address this rule applies to; not null
     * @throws IllegalArgumentException if the destination is null or empty, the type is unknown,
     *     or the caller is null
     */
    public CallControlForwarding(String string, int value, String string2) {
        this(string, value, SPECIFIC_ADDRESS, string2);
    }

    /** Common constructor: the public ones have chosen the filter; this validates and stores. */
    private CallControlForwarding(String destination, int type, int filter,
            String specificCaller) {
        this.destination = requireDestination(destination);
        this.type = requireType(type);
        this.filter = filter;
        this.specificCaller = filter == SPECIFIC_ADDRESS ? requireCaller(specificCaller) : null;
    }

    private static String requireDestination(String destination) {
        if (destination == null || destination.isEmpty()) {
            throw new IllegalArgumentException("forwarding destination address must not be "
                    + (destination == null ? "null" : "empty"));
        }
        return destination;
    }

    private static int requireType(int type) {
        if (type != FORWARD_UNCONDITIONALLY && type != FORWARD_ON_BUSY
                && type != FORWARD_ON_NOANSWER) {
            throw new IllegalArgumentException("unknown forwarding type " + type
                    + "; expected FORWARD_UNCONDITIONALLY (1), FORWARD_ON_BUSY (2)"
                    + " or FORWARD_ON_NOANSWER (3)");
        }
        return type;
    }

    private static String requireCaller(String caller) {
        if (caller == null) {
            throw new IllegalArgumentException("specific caller address must not be null");
        }
        return caller;
    }

    /**
     * Returns the address that calls are forwarded to.
     *
     * @return the destination address, never null or empty
     */
    public String getDestinationAddress() {
        return destination;
    }

    /**
     * Tells which calls the rule applies to.
     *
     * @return {@link #ALL_CALLS}, {@link #INTERNAL_CALLS}, {@link #EXTERNAL_CALLS} or
     *     {@link #SPECIFIC_ADDRESS}
     */
    public int getFilter() {
        return filter;
    }

    /**
     * Returns the calling address the rule is limited to.
     *
     * @return the caller when the filter is {@link #SPECIFIC_ADDRESS}, otherwise null
     */
    public String getSpecificCaller() {
        return specificCaller;
    }

    /**
     * Tells when calls are forwarded.
     *
     * @return {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or
     *     {@link #FORWARD_ON_NOANSWER}
     */
    public int getType() {
        return type;
    }
}
