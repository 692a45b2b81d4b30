package javax.telephony.capabilities;

/** Reports the core capabilities of a {@code Provider}, such as whether it can be observed. */
public interface ProviderCapabilities {
    boolean isObservable();
}
