package org.dialtone.internal.event;

import java.util.Objects;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.privatedata.PrivateDataEvent;

/**
 * The provider's private data about a call, for call listeners that implement
 * {@code PrivateDataCallListener}. It is a call event too, so {@link #getCall()} names the call;
 * {@link #getSource()} is the call.
 */
public final class PrivateDataCallEventImpl extends CallEventImpl implements PrivateDataEvent {
    private static final Set<Integer> IDS = Set.of(PrivateDataEvent.PRIVATE_DATA_CALL_EVENT);

    private final Object privateData;

    /**
     * Creates the event.
     *
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param metaEvent the meta event bracketing this one, or null
     * @param call the call the data is about; not null
     * @param parties the call's parties at the time; null means {@link CallInfo#NONE}
     * @param privateData the data; not null
     */
    public PrivateDataCallEventImpl(int cause, MetaEvent metaEvent, Call call, CallInfo parties, Object privateData) {
        super(PrivateDataEvent.PRIVATE_DATA_CALL_EVENT, IDS, cause, cause, metaEvent, call, parties);
        this.privateData = Objects.requireNonNull(privateData, "PrivateDataEvent: private data is null");
    }

    @Override
    public Object getPrivateData() {
        return privateData;
    }

    @Override
    void appendDetails(StringBuilder text) {
        super.appendDetails(text);
        text.append(" privateData=").append(privateData);
    }
}
