package javax.telephony.capabilities;

/**
 * Reports the core capabilities of a {@code Call}, such as whether it can be observed and whether
 * {@code connect} may be used.
 */
public interface CallCapabilities {
    boolean canConnect();

    boolean isObservable();
}
