package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.MetaEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;

/**
 * A change of a connection's state, core ({@code CONNECTION_*}) or call-control
 * ({@code CALLCTL_CONNECTION_*}), for connection listeners. Dialing events carry the digits,
 * queued events the number of calls in the queue.
 *
 * <p>{@link #getSource()} is the connection, the object whose state this event reports; the call
 * is available through {@link #getCall()}.
 */
public final class ConnectionEventImpl extends CallEventImpl implements CallControlConnectionEvent {
    private static final Set<Integer> IDS =
            EventNames.idsDeclaredBy(ConnectionEvent.class, CallControlConnectionEvent.class);

    private final Connection connection;
    private final String digits;
    private final int numberInQueue;

    /**
     * Creates a connection event without digits or queue length.
     *
     * @see #ConnectionEventImpl(int, int, int, MetaEvent, Call, CallInfo, Connection, String, int)
     */
    public ConnectionEventImpl(int id, int cause, int callControlCause, MetaEvent metaEvent,
            Call call, CallInfo parties, Connection connection) {
        this(id, cause, callControlCause, metaEvent, call, parties, connection, null, 0);
    }

    /**
     * Creates a connection event.
     *
     * @param id a {@code ConnectionEvent.CONNECTION_*} or
     *     {@code CallControlConnectionEvent.CALLCTL_CONNECTION_*} id
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param callControlCause a {@code CallControlEvent.CAUSE_*}, or the core cause when none
     *     applies
     * @param metaEvent the meta event bracketing this one, or null
     * @param call the connection's call; not null
     * @param parties the call's parties when it changed; null means {@link CallInfo#NONE}
     * @param connection the connection whose state changed; not null
     * @param digits the digits dialed so far (dialing events), or null
     * @param numberInQueue the number of calls in the queue (queued events), otherwise 0
     * @throws IllegalArgumentException if the id or a cause is not a valid value
     * @throws NullPointerException if the call or connection is null
     */
    public ConnectionEventImpl(int id, int cause, int callControlCause, MetaEvent metaEvent,
            Call call, CallInfo parties, Connection connection, String digits,
            int numberInQueue) {
        super(id, IDS, cause, callControlCause, metaEvent, call, parties);
        this.connection = require(connection, "connection");
        this.digits = digits;
        this.numberInQueue = numberInQueue;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    /** Returns the digits dialed so far, or null (only dialing events carry them). */
    @Override
    public String getDigits() {
        return digits;
    }

    /** Returns the number of calls in the queue; 0 unless this is a queued event. */
    @Override
    public int getNumberInQueue() {
        return numberInQueue;
    }

    /** Returns the connection, whose state this event reports. */
    @Override
    public Object getSource() {
        return connection;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" conn=").append(connection);
        if (digits != null) {
            text.append(" digits=").append(digits);
        }
        if (numberInQueue != 0) {
            text.append(" numberInQueue=").append(numberInQueue);
        }
        appendCallControlCause(text, getCallControlCause());
        getParties().appendTo(text);
    }
}
