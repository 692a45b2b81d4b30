package javax.telephony.capabilities;

/**
 * Reports the core capabilities of a {@code TerminalConnection}, such as whether it can answer a
 * call.
 */
public interface TerminalConnectionCapabilities {
    boolean canAnswer();
}
