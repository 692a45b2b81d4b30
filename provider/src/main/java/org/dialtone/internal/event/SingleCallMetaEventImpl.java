package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.SingleCallMetaEvent;

/**
 * The start or end of a group of events about one call: a progress step, or a snapshot of the
 * call's state sent when a listener is added.
 *
 * <p>{@link #getSource()} is the call, the one call the grouped events are about.
 */
public final class SingleCallMetaEventImpl extends ListenerEvent implements SingleCallMetaEvent {
    private static final Set<Integer> IDS = EventNames.idsDeclaredBy(SingleCallMetaEvent.class);

    private final Call call;

    /**
     * Creates a single-call meta event.
     *
     * @param id one of the {@code SingleCallMetaEvent.SINGLECALL_META_*} ids
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param metaEvent an enclosing meta event, or null (the usual case)
     * @param call the call the grouped events are about; not null
     * @throws IllegalArgumentException if the id or cause is not a valid value
     * @throws NullPointerException if the call is null
     */
    public SingleCallMetaEventImpl(int id, int cause, MetaEvent metaEvent, Call call) {
        super(id, IDS, cause, metaEvent);
        this.call = require(call, "call");
    }

    @Override
    public Call getCall() {
        return call;
    }

    /** Returns the call the grouped events are about. */
    @Override
    public Object getSource() {
        return call;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" call=").append(call);
    }
}
