package org.dialtone.internal.backend.sim;

import java.util.List;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.internal.backend.ForwardingRule;

/**
 * What the switch does with a call arriving at a local address, before any phone rings: divert it
 * (forwarding), refuse it (do-not-disturb), or let the address's party play it as scripted. A
 * pure decision, so it reads the same for redirected, forwarded and fresh calls.
 *
 * @param kind what happens
 * @param destination where a diverted call goes; null otherwise
 * @param cause why a refused call fails; 0 otherwise
 */
record Arrival(Kind kind, String destination, int cause) {

    /** The outcomes. */
    enum Kind {
        /** Forwarded at once to {@link Arrival#destination()}. */
        DIVERT,
        /** Refused: the leg fails with {@link Arrival#cause()}. */
        REFUSE,
        /** Played by the party as scripted (which may still be busy). */
        PLAY
    }

    private static final Arrival PLAY = new Arrival(Kind.PLAY, null, 0);

    /**
     * Decides for a call from {@code caller} to an address with {@code rules}, whose party behaves
     * as {@code behaviour}: unconditional forwarding first; then do-not-disturb, which refuses the
     * call as busy; then a busy party; a busy (or do-not-disturb) refusal is diverted by a busy rule.
     */
    static Arrival decide(List<ForwardingRule> rules, String caller, boolean callerIsInternal,
            boolean doNotDisturb, PartyBehaviour behaviour) {
        boolean busy = behaviour.kind() == PartyBehaviour.Kind.BUSY;
        ForwardingRule now = ForwardingRule.onArrival(rules, caller, callerIsInternal, doNotDisturb || busy);
        if (now != null) {
            return new Arrival(Kind.DIVERT, now.destination(), 0);
        }
        if (doNotDisturb) {
            return new Arrival(Kind.REFUSE, null, CallCtlEv.CAUSE_DO_NOT_DISTURB);
        }
        return PLAY;
    }
}
