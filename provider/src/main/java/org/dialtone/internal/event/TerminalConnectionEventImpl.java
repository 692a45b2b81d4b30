package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;

/**
 * A change of a terminal connection's state, core ({@code TERMINAL_CONNECTION_*}) or
 * call-control ({@code CALLCTL_TERMINAL_CONNECTION_*}), for terminal connection listeners.
 *
 * <p>{@link #getSource()} is the terminal connection, the object whose state this event
 * reports; the call is available through {@link #getCall()}.
 */
public final class TerminalConnectionEventImpl extends CallEventImpl
        implements CallControlTerminalConnectionEvent {
    private static final Set<Integer> IDS = EventNames.idsDeclaredBy(
            TerminalConnectionEvent.class, CallControlTerminalConnectionEvent.class);

    private final TerminalConnection terminalConnection;

    /**
     * Creates a terminal connection event.
     *
     * @param id a {@code TerminalConnectionEvent.TERMINAL_CONNECTION_*} or
     *     {@code CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_*} id
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param callControlCause a {@code CallControlEvent.CAUSE_*}, or the core cause when none
     *     applies
     * @param metaEvent the meta event bracketing this one, or null
     * @param call the terminal connection's call; not null
     * @param parties the call's parties when it changed; null means {@link CallInfo#NONE}
     * @param terminalConnection the terminal connection whose state changed; not null
     * @throws IllegalArgumentException if the id or a cause is not a valid value
     * @throws NullPointerException if the call or terminal connection is null
     */
    public TerminalConnectionEventImpl(int id, int cause, int callControlCause,
            MetaEvent metaEvent, Call call, CallInfo parties,
            TerminalConnection terminalConnection) {
        super(id, IDS, cause, callControlCause, metaEvent, call, parties);
        this.terminalConnection = require(terminalConnection, "terminal connection");
    }

    @Override
    public TerminalConnection getTerminalConnection() {
        return terminalConnection;
    }

    /** Returns the terminal connection, whose state this event reports. */
    @Override
    public Object getSource() {
        return terminalConnection;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" termConn=").append(terminalConnection);
        appendCallControlCause(text, getCallControlCause());
        getParties().appendTo(text);
    }
}
