package org.dialtone.internal.backend;

import java.util.List;
import java.util.Objects;

/**
 * One forwarding instruction of a local address, as the backend applies it to calls that arrive
 * there: when it applies ({@link Condition}), to whose calls ({@link Callers}) and where the call
 * goes. The backend's own value, so that a backend never sees a JTAPI object.
 *
 * @param condition when the rule diverts a call
 * @param callers whose calls it diverts
 * @param specificCaller the one calling number it applies to, for {@link Callers#SPECIFIC}; else null
 * @param destination where the call goes: a local address or a number beyond the backend
 */
public record ForwardingRule(Condition condition, Callers callers, String specificCaller, String destination) {

    /** When a rule diverts a call. */
    public enum Condition {
        /** Every call, before the address rings. */
        ALWAYS,
        /** A call the address refuses as busy (or as do-not-disturb). */
        BUSY,
        /** A call that rings unanswered for the backend's no-answer forwarding time. */
        NO_ANSWER
    }

    /** Whose calls a rule diverts. */
    public enum Callers {
        /** Every caller. */
        ALL,
        /** Callers at the backend's own local addresses. */
        INTERNAL,
        /** Callers beyond the backend. */
        EXTERNAL,
        /** The one caller named by {@link ForwardingRule#specificCaller()}. */
        SPECIFIC
    }

    /**
     * Checks the rule.
     *
     * @throws NullPointerException if the condition, callers or destination is null, or the specific
     *     caller is null for {@link Callers#SPECIFIC}
     * @throws IllegalArgumentException if a specific caller is given for other callers
     */
    public ForwardingRule {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(callers, "callers");
        Objects.requireNonNull(destination, "destination");
        if (callers == Callers.SPECIFIC) {
            Objects.requireNonNull(specificCaller, "specificCaller");
        } else if (specificCaller != null) {
            throw new IllegalArgumentException("only a rule for a SPECIFIC caller names one, not " + callers);
        }
    }

    /**
     * Whether the rule applies to a call from {@code caller}.
     *
     * @param callerIsInternal whether the caller is one of the backend's local addresses
     */
    public boolean appliesTo(String caller, boolean callerIsInternal) {
        return switch (callers) {
            case ALL -> true;
            case INTERNAL -> callerIsInternal;
            case EXTERNAL -> !callerIsInternal;
            case SPECIFIC -> specificCaller.equals(caller);
        };
    }

    /**
     * The rule of {@code rules} with {@code condition} that applies to {@code caller}, the most
     * specific one if several do (a specific caller before internal or external callers before all
     * callers; the first set among equals); null if none. Both backends choose this way.
     *
     * @param callerIsInternal whether the caller is one of the backend's local addresses
     */
    public static ForwardingRule mostSpecific(List<ForwardingRule> rules, Condition condition, String caller,
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

    /**
     * The rule of {@code rules} that diverts a call from {@code caller} as it arrives, before
     * anything rings: the unconditional one; else, if the address refuses the call as busy (a busy
     * party, or do-not-disturb), the busy one; null if none applies.
     *
     * @param callerIsInternal whether the caller is one of the backend's local addresses
     * @param refusedAsBusy whether the address would refuse the call as busy
     */
    public static ForwardingRule onArrival(List<ForwardingRule> rules, String caller, boolean callerIsInternal,
            boolean refusedAsBusy) {
        ForwardingRule always = mostSpecific(rules, Condition.ALWAYS, caller, callerIsInternal);
        return always != null || !refusedAsBusy ? always
                : mostSpecific(rules, Condition.BUSY, caller, callerIsInternal);
    }

    private static int specificity(Callers callers) {
        return switch (callers) {
            case SPECIFIC -> 2;
            case INTERNAL, EXTERNAL -> 1;
            case ALL -> 0;
        };
    }
}
