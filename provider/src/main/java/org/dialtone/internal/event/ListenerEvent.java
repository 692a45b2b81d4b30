package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.Event;
import javax.telephony.MetaEvent;

/**
 * Common part of every listener (JTAPI 1.4) event: its id, core cause and the meta event that
 * brackets it.
 *
 * <p>Each event family has one concrete class that implements the richest interface of the
 * family (the call-control form where there is one), so the same object can be handed to core
 * and call-control listeners. Events compare by identity: two events with equal content are
 * still two separate happenings.
 */
public abstract class ListenerEvent implements Event {
    private final int id;
    private final int cause;
    private final MetaEvent metaEvent;

    /**
     * Checks and stores the common fields.
     *
     * @param validIds the ids the concrete class accepts
     */
    ListenerEvent(int id, Set<Integer> validIds, int cause, MetaEvent metaEvent) {
        if (!validIds.contains(id)) {
            throw new IllegalArgumentException(family() + ": id " + id + " ("
                    + EventNames.id(id) + ") is not one of its ids " + namesOf(validIds));
        }
        if (!EventNames.isCoreCause(cause)) {
            EventNames.requireCoreCause(cause, family()); // the family's name only for the message
        }
        this.id = id;
        this.cause = cause;
        this.metaEvent = metaEvent;
    }

    @Override
    public final int getID() {
        return id;
    }

    @Override
    public final int getCause() {
        return cause;
    }

    /** Returns the meta event bracketing this event, or null if it stands alone. */
    @Override
    public final MetaEvent getMetaEvent() {
        return metaEvent;
    }

    /** E.g. {@code ConnectionEvent[CONNECTION_ALERTING cause=CAUSE_NORMAL conn=...]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(family()).append('[')
                .append(EventNames.id(id)).append(" cause=").append(EventNames.cause(cause));
        appendDetails(text);
        if (metaEvent != null) {
            text.append(" meta=").append(EventNames.id(metaEvent.getID()));
        }
        return text.append(']').toString();
    }

    /** Appends " name=value" pairs for what the subclass reports on. */
    abstract void appendDetails(StringBuilder text);

    /** The family's interface name, for messages: "ConnectionEventImpl" gives "ConnectionEvent". */
    final String family() {
        String name = getClass().getSimpleName();
        return name.endsWith("Impl") ? name.substring(0, name.length() - 4) : name;
    }

    /** Checks a call-control cause for a subclass constructor and returns it. */
    final int checkCallControlCause(int callControlCause) {
        if (!EventNames.isCause(callControlCause)) {
            EventNames.requireCallControlCause(callControlCause, family());
        }
        return callControlCause;
    }

    /** Appends the call-control cause when it says more than the core cause. */
    final void appendCallControlCause(StringBuilder text, int callControlCause) {
        if (callControlCause != cause) {
            text.append(" ccCause=").append(EventNames.cause(callControlCause));
        }
    }

    /** Checks a required JTAPI object for a subclass constructor and returns it. */
    final <T> T require(T value, String what) {
        if (value == null) {
            throw new NullPointerException(family() + " " + EventNames.id(id) + ": " + what
                    + " is null");
        }
        return value;
    }

    private static String namesOf(Set<Integer> ids) {
        StringBuilder names = new StringBuilder();
        for (int id : ids) {
            names.append(names.length() == 0 ? "" : ", ").append(EventNames.id(id));
        }
        return names.toString();
    }
}
