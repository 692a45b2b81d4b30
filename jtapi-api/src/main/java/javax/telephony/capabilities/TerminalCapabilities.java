package javax.telephony.capabilities;

/** Reports the core capabilities of a {@code Terminal}, such as whether it can be observed. */
public interface TerminalCapabilities {
    boolean isObservable();
}
