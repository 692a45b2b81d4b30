package org.dialtone.internal.event;

import java.util.Objects;
import javax.telephony.events.Ev;

/**
 * Common part of every observer (JTAPI 1.2/1.3) event: its id, the shared {@link EvData} and the
 * object the receiving observer was added to.
 *
 * <p>Each concrete {@code Ev} interface has its own final subclass (nested in {@link ProvEvs},
 * {@link CallEvs}, {@link ConnEvs} ...), created through {@link ObserverEvents#forId}. Events
 * compare by identity: two events with equal content are still two separate happenings.
 */
public abstract class ObserverEv implements Ev {
    private final int id;
    private final EvData data;
    private final Object observed;

    ObserverEv(int id, EvData data, Object observed) {
        this.id = id;
        this.data = Objects.requireNonNull(data, () -> EventNames.observerId(id) + ": data is null");
        this.observed = Objects.requireNonNull(observed,
                () -> EventNames.observerId(id) + ": observed object is null");
    }

    @Override
    public final int getID() {
        return id;
    }

    @Override
    public final int getCause() {
        return data.cause();
    }

    @Override
    public final int getMetaCode() {
        return data.metaCode();
    }

    @Override
    public final boolean isNewMetaEvent() {
        return data.isNewMetaEvent();
    }

    /** Returns the object the receiving observer was added to (a provider, call, address ...). */
    @Override
    public final Object getObserved() {
        return observed;
    }

    /** Returns what this event says, shared with its copies for other observers. */
    public final EvData data() {
        return data;
    }

    /**
     * Returns the same event as seen by an observer added to another object: same class, id and
     * data, only {@link #getObserved()} differs. Cheap: the data is shared, not copied.
     *
     * @param otherObserved the object the other observer was added to; not null
     * @return this event if the observed object is the same, otherwise a copy
     */
    public final ObserverEv withObserved(Object otherObserved) {
        return otherObserved == observed ? this : ObserverEvents.forId(id, data, otherObserved);
    }

    /**
     * For subclass constructors: returns the value, or throws if the data lacks a field this event
     * needs (so a wrongly built event fails where it is made, not in an application's observer).
     */
    final <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(
                    EventNames.observerId(id) + " needs " + what + " but the data has none");
        }
        return value;
    }

    /** E.g. {@code ConnAlertingEv[cause=CAUSE_NORMAL conn=... meta=META_CALL_PROGRESS observed=...]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(EventNames.observerId(id))
                .append("[cause=").append(EventNames.cause(getCause()));
        appendDetails(text);
        text.append(" meta=").append(EventNames.metaCode(getMetaCode()));
        if (isNewMetaEvent()) {
            text.append(" new");
        }
        return text.append(" observed=").append(observed).append(']').toString();
    }

    /** Appends " name=value" pairs for what the subclass reports on. */
    abstract void appendDetails(StringBuilder text);

    /** Appends the call-control cause (when it says more than the core cause) and the parties. */
    final void appendCallControlDetails(StringBuilder text, boolean withParties) {
        if (data.callControlCause() != data.cause()) {
            text.append(" ccCause=").append(EventNames.cause(data.callControlCause()));
        }
        if (withParties) {
            data.parties().appendTo(text);
        }
    }
}
