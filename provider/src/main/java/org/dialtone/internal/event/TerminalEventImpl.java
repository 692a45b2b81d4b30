package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.MetaEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalEvent;

/**
 * A terminal event, for terminal listeners: the end of event transmission, or a change of the
 * terminal's do-not-disturb feature. The event carries the current do-not-disturb state either
 * way.
 *
 * <p>{@link #getSource()} is the terminal, the object the event reports on.
 */
public final class TerminalEventImpl extends ListenerEvent implements CallControlTerminalEvent {
    private static final Set<Integer> IDS =
            EventNames.idsDeclaredBy(TerminalEvent.class, CallControlTerminalEvent.class);

    private final int callControlCause;
    private final Terminal terminal;
    private final boolean doNotDisturb;

    /**
     * Creates a terminal event.
     *
     * @param id {@code TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED} or
     *     {@code CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB}
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param callControlCause a {@code CallControlEvent.CAUSE_*}, or the core cause when none
     *     applies
     * @param metaEvent the meta event bracketing this one, or null
     * @param terminal the terminal the event is about; not null
     * @param doNotDisturb the terminal's do-not-disturb state
     * @throws IllegalArgumentException if the id or a cause is not a valid value
     * @throws NullPointerException if the terminal is null
     */
    public TerminalEventImpl(int id, int cause, int callControlCause, MetaEvent metaEvent,
            Terminal terminal, boolean doNotDisturb) {
        super(id, IDS, cause, metaEvent);
        this.callControlCause = checkCallControlCause(callControlCause);
        this.terminal = require(terminal, "terminal");
        this.doNotDisturb = doNotDisturb;
    }

    @Override
    public Terminal getTerminal() {
        return terminal;
    }

    /** Returns the call-control cause, or the core cause when no call-control cause applies. */
    @Override
    public int getCallControlCause() {
        return callControlCause;
    }

    @Override
    public boolean getDoNotDisturbState() {
        return doNotDisturb;
    }

    /** Returns the terminal, which this event reports on. */
    @Override
    public Object getSource() {
        return terminal;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" terminal=").append(terminal);
        appendCallControlCause(text, callControlCause);
        if (getID() == CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB) {
            text.append(" doNotDisturb=").append(doNotDisturb);
        }
    }
}
