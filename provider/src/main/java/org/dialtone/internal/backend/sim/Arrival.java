package org.dialtone.internal.backend.sim;

import java.util.List;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.backend.ForwardingRule.Callers;
import org.dialtone.internal.backend.ForwardingRule.Condition;

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
        ForwardingRule always = ruleFor(rules, Condition.ALWAYS, caller, callerIsInternal);
        if (always != null) {
            return divert(always.destination());
        }
        boolean busy = behaviour.kind() == PartyBehaviour.Kind.BUSY;
        if (doNotDisturb || busy) {
            ForwardingRule onBusy = ruleFor(rules, Condition.BUSY, caller, callerIsInternal);
            if (onBusy != null) {
                return divert(onBusy.destination());
            }
            if (doNotDisturb) {
                return new Arrival(Kind.REFUSE, null, CallCtlEv.CAUSE_DO_NOT_DISTURB);
            }
        }
        return PLAY;
    }

    private static Arrival divert(String destination) {
        return new Arrival(Kind.DIVERT, destination, 0);
    }

    /**
     * The rule with {@code condition} that applies to {@code caller}, the most specific one if
     * several do (a specific caller before internal or external callers before all callers; the
     * first set among equals); null if none.
     */
    static ForwardingRule ruleFor(List<ForwardingRule> rules, Condition condition, String caller,
            boolean callerIsInternal) {
        ForwardingRule best = null;
        for (ForwardingRule rule : rules) {
            if (rule.condition() == condition && rule.appliesTo(caller, callerIsInternal)
                    && (best == null || specificity(rule.callers()) > specificity(best.callers()))) {
                best = rule;
            }
        }
        return best;
    }

    private static int specificity(Callers callers) {
        return switch (callers) {
            case SPECIFIC -> 2;
            case INTERNAL, EXTERNAL -> 1;
            case ALL -> 0;
        };
    }
}
