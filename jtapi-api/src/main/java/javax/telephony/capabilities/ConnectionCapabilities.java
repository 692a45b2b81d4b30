package javax.telephony.capabilities;

/**
 * Reports the core capabilities of a {@code Connection}, such as whether it can be disconnected.
 */
public interface ConnectionCapabilities {
    boolean canDisconnect();
}
