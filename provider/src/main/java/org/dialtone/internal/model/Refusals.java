package org.dialtone.internal.model;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * The exceptions the model throws before it changes anything, with messages that name the object
 * and what was wrong, in one place so that every method words them the same way.
 */
final class Refusals {
    private Refusals() {
    }

    static InvalidStateException providerNotInService(ProviderImpl provider) {
        return new InvalidStateException(provider, InvalidStateException.PROVIDER_OBJECT, provider.getState(),
                "provider " + provider.getName() + " is " + ProviderImpl.stateName(provider.getState())
                        + ", not IN_SERVICE");
    }

    static InvalidStateException call(CallImpl call, String needed) {
        return new InvalidStateException(call, InvalidStateException.CALL_OBJECT, call.getState(),
                call + " is " + CallImpl.stateName(call.getState()) + "; " + needed);
    }

    static InvalidStateException connection(ConnectionImpl c, String needed) {
        return new InvalidStateException(c, InvalidStateException.CONNECTION_OBJECT, c.getState(),
                c + " is " + c.state() + "; " + needed);
    }

    static InvalidStateException terminalConnection(TerminalConnectionImpl tc, String needed) {
        return new InvalidStateException(tc, InvalidStateException.TERMINAL_CONNECTION_OBJECT, tc.getState(),
                tc + " is " + tc.state() + "; " + needed);
    }

    static InvalidArgumentException argument(String message) {
        return new InvalidArgumentException(message);
    }

    static InvalidPartyException destination(String message) {
        return new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, message);
    }

    /** For an operation that this provider does not offer (its capabilities say so too). */
    static MethodNotSupportedException notSupported(String operation) {
        return new MethodNotSupportedException(operation + " is not supported by this provider");
    }
}
