package org.dialtone.internal.event;

import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Terminal;

/**
 * The call-control parties of a call at one moment: the calling address and terminal, the called
 * address and the address that last redirected the call. Each may be unknown (null).
 *
 * <p>Immutable: the model keeps the current snapshot per call and swaps in a new one (through the
 * {@code with*} methods) when a party changes; every call-control event carries the snapshot that
 * was current when its state changed.
 */
public final class CallInfo {
    /** A call whose parties are all unknown. */
    public static final CallInfo NONE = new CallInfo(null, null, null, null);

    private final Address callingAddress;
    private final Terminal callingTerminal;
    private final Address calledAddress;
    private final Address lastRedirectedAddress;

    /**
     * Creates a snapshot of a call's parties; any of them may be null when not known.
     *
     * @param callingAddress the address that placed the call
     * @param callingTerminal the terminal that placed the call
     * @param calledAddress the address the call was placed to
     * @param lastRedirectedAddress the address from which the call was last redirected
     */
    public CallInfo(Address callingAddress, Terminal callingTerminal, Address calledAddress,
            Address lastRedirectedAddress) {
        this.callingAddress = callingAddress;
        this.callingTerminal = callingTerminal;
        this.calledAddress = calledAddress;
        this.lastRedirectedAddress = lastRedirectedAddress;
    }

    /** Returns the address that placed the call, or null if unknown. */
    public Address getCallingAddress() {
        return callingAddress;
    }

    /** Returns the terminal that placed the call, or null if unknown. */
    public Terminal getCallingTerminal() {
        return callingTerminal;
    }

    /** Returns the address the call was placed to, or null if unknown. */
    public Address getCalledAddress() {
        return calledAddress;
    }

    /** Returns the address that last redirected the call, or null if it was never redirected. */
    public Address getLastRedirectedAddress() {
        return lastRedirectedAddress;
    }

    /** Returns a copy with the given calling address and terminal (either may be null). */
    public CallInfo withCalling(Address address, Terminal terminal) {
        return new CallInfo(address, terminal, calledAddress, lastRedirectedAddress);
    }

    /** Returns a copy with the given called address (may be null). */
    public CallInfo withCalledAddress(Address address) {
        return new CallInfo(callingAddress, callingTerminal, address, lastRedirectedAddress);
    }

    /** Returns a copy with the given last redirected address (may be null). */
    public CallInfo withLastRedirectedAddress(Address address) {
        return new CallInfo(callingAddress, callingTerminal, calledAddress, address);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CallInfo)) {
            return false;
        }
        CallInfo that = (CallInfo) other;
        return Objects.equals(callingAddress, that.callingAddress)
                && Objects.equals(callingTerminal, that.callingTerminal)
                && Objects.equals(calledAddress, that.calledAddress)
                && Objects.equals(lastRedirectedAddress, that.lastRedirectedAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callingAddress, callingTerminal, calledAddress, lastRedirectedAddress);
    }

    /** Lists the known parties only, e.g. {@code CallInfo[calling=1001 called=1002]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CallInfo[");
        appendTo(text);
        int start = "CallInfo[".length();
        if (text.length() == start) {
            text.append("none");
        } else {
            text.deleteCharAt(start); // the leading space of the first party
        }
        return text.append(']').toString();
    }

    /** Appends " name=value" for every known party; events use it for their own toString. */
    void appendTo(StringBuilder text) {
        appendIfKnown(text, "calling", callingAddress);
        appendIfKnown(text, "callingTerminal", callingTerminal);
        appendIfKnown(text, "called", calledAddress);
        appendIfKnown(text, "lastRedirected", lastRedirectedAddress);
    }

    private static void appendIfKnown(StringBuilder text, String name, Object party) {
        if (party != null) {
            text.append(' ').append(name).append('=').append(party);
        }
    }
}
