package org.dialtone.internal.model;

import javax.telephony.Call;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's {@code Signals.replaced}: a party beyond the backend takes the place of the far
 * party a local user talks to, because that far party transferred the user (inbound REFER) or the
 * new party came in replacing it (INVITE with Replaces). The user's call stays the same Call; the
 * model shows what the party that stays sees of a transfer on sim, as one step under
 * {@code META_CALL_TRANSFERRING} and one {@code MULTICALL_META_TRANSFER} bracket whose new and old
 * call are the call: the old far party's connection DISCONNECTED, then the new party's connection
 * created ESTABLISHED on the new leg (call-control cause {@code CAUSE_TRANSFER} on both). Loop only.
 */
final class FarPartyReplacement {
    private static final Logger LOG = LoggerFactory.getLogger(FarPartyReplacement.class);

    private FarPartyReplacement() {
    }

    static void replace(ProviderImpl provider, long leg, long newLeg, String party) {
        ConnectionImpl old = provider.leg(leg);
        String refusal = old == null ? "its leg is gone"
                : old.isLocal() ? "it is a local party"
                : old.state() != ConnectionState.ESTABLISHED ? "it is " + old.state() + ", not talking"
                : old.call().getState() != Call.ACTIVE ? "its call is not ACTIVE"
                : party == null || party.isEmpty() ? "the new party has no name"
                : provider.localAddress(party) != null ? party + " is a local address, not a party beyond the backend"
                : null;
        if (refusal != null) {
            // the call ended (or changed) while the new party answered: it cannot take a place
            LOG.info("provider {}: leg {} is not replaced by {}: {}", provider.getName(), leg, party, refusal);
            provider.backend().release(newLeg, Ev.CAUSE_NORMAL);
            return;
        }
        CallImpl call = old.call();
        provider.multiCall(Ev.META_CALL_TRANSFERRING, call, call);
        PartyMove.leave(old, CallCtlEv.CAUSE_TRANSFER);
        ConnectionImpl joined = call.newConnection(new AddressImpl(provider, party, false), newLeg);
        joined.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_TRANSFER);
    }
}
