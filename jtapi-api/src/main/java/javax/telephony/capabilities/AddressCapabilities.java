package javax.telephony.capabilities;

/** Reports the core capabilities of an {@code Address}, such as whether it can be observed. */
public interface AddressCapabilities {
    boolean isObservable();
}
