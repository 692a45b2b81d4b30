package org.dialtone.internal.event;

import java.util.Arrays;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.MultiCallMetaEvent;

/**
 * The start or end of a group of events that spans calls: a merge (conference) or a transfer,
 * which moves the parties of the old calls into the new call.
 *
 * <p>{@link #getSource()} is the new call, the call the operation leaves the parties in.
 */
public final class MultiCallMetaEventImpl extends ListenerEvent implements MultiCallMetaEvent {
    private static final Set<Integer> IDS = EventNames.idsDeclaredBy(MultiCallMetaEvent.class);

    private final Call newCall;
    private final Call[] oldCalls;

    /**
     * Creates a multi-call meta event.
     *
     * @param id one of the {@code MultiCallMetaEvent.MULTICALL_META_*} ids
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param metaEvent an enclosing meta event, or null (the usual case)
     * @param newCall the call the parties end up in; not null
     * @param oldCalls the calls the parties come from (copied); neither the array nor an element
     *     may be null
     * @throws IllegalArgumentException if the id or cause is not a valid value
     * @throws NullPointerException if the new call, the old calls array or one of them is null
     */
    public MultiCallMetaEventImpl(int id, int cause, MetaEvent metaEvent, Call newCall,
            Call[] oldCalls) {
        super(id, IDS, cause, metaEvent);
        this.newCall = require(newCall, "new call");
        this.oldCalls = require(oldCalls, "old calls").clone();
        for (int i = 0; i < this.oldCalls.length; i++) {
            require(this.oldCalls[i], "old call " + i);
        }
    }

    @Override
    public Call getNewCall() {
        return newCall;
    }

    /** Returns a fresh copy of the old calls. */
    @Override
    public Call[] getOldCalls() {
        return oldCalls.clone();
    }

    /** Returns the new call, in which the operation leaves the parties. */
    @Override
    public Object getSource() {
        return newCall;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" newCall=").append(newCall).append(" oldCalls=")
                .append(Arrays.toString(oldCalls));
    }
}
