package org.dialtone.internal.model;

import javax.telephony.Call;
import javax.telephony.InvalidStateException;
import javax.telephony.events.Ev;
import org.dialtone.ext.SecureCall;

/**
 * Secured calls ({@link SecureCall}): marking a call, announcing it, and the one question the rest
 * of the model asks, whether an address is held by a secured call. The refusals themselves sit
 * with the operations they refuse (pickup, park, join), as their first checks.
 */
final class SecureCalls {
    private SecureCalls() {
    }

    /** Loop only: {@code SecureCall.secure()}. */
    static void secure(CallImpl call) throws InvalidStateException {
        call.provider().requireInService();
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, "secure needs an ACTIVE call");
        }
        if (call.isSecure()) {
            return;
        }
        call.markSecure();
        call.provider().record(Change.ofPrivateData(call, SecureCall.Notice.SECURED, Ev.CAUSE_NORMAL));
    }

    /**
     * Loop only: whether a live connection of a secured call is at {@code address}, so that a new
     * call there finds it busy instead of waiting.
     */
    static boolean engages(AddressImpl address) {
        for (ConnectionImpl c : address.connectionList()) {
            if (c.state().isLive() && c.call().isSecure()) {
                return true;
            }
        }
        return false;
    }
}
