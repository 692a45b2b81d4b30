package javax.telephony.mobile;

/**
 * Describes one mobile network: its code and names, and whether it is available, currently used or
 * restricted.
 */
public interface MobileNetwork {
    String getCode();

    String[] getNames();

    boolean isAvailable();

    boolean isCurrent();

    boolean isRestricted();
}
