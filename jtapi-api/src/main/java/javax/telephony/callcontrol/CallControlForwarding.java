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

    public CallControlForwarding(String string) {
    }

    public CallControlForwarding(String string, int value) {
    }

    public CallControlForwarding(String string, int value, boolean flag) {
    }

    public CallControlForwarding(String string, int value, String string2) {
    }

    public String getDestinationAddress() {
        throw NotBuilt.member("CallControlForwarding.getDestinationAddress");
    }

    public int getFilter() {
        throw NotBuilt.member("CallControlForwarding.getFilter");
    }

    public String getSpecificCaller() {
        throw NotBuilt.member("CallControlForwarding.getSpecificCaller");
    }

    public int getType() {
        throw NotBuilt.member("CallControlForwarding.getType");
    }
}
