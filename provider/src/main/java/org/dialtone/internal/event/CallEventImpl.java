package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.MetaEvent;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlCallEvent;

/**
 * A change of a call's own state (active, invalid, end of event transmission), for call
 * listeners. It is also the common part of connection and terminal connection events, which
 * extend it: the call, the call-control cause and the call's parties at the time of the change.
 *
 * <p>{@link #getSource()} is the call, the object whose state this event reports; subclasses
 * report on a connection or terminal connection and return that instead.
 */
public class CallEventImpl extends ListenerEvent implements CallControlCallEvent {
    private static final Set<Integer> IDS = EventNames.idsDeclaredBy(CallEvent.class);

    private final int callControlCause;
    private final Call call;
    private final CallInfo parties;

    /**
     * Creates a call event.
     *
     * @param id one of the {@code CallEvent.CALL_*} ids
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param callControlCause a {@code CallControlEvent.CAUSE_*}, or the core cause when none
     *     applies
     * @param metaEvent the meta event bracketing this one, or null
     * @param call the call whose state changed; not null
     * @param parties the call's parties when it changed; null means {@link CallInfo#NONE}
     * @throws IllegalArgumentException if the id or a cause is not a valid value
     * @throws NullPointerException if the call is null
     */
    public CallEventImpl(int id, int cause, int callControlCause, MetaEvent metaEvent, Call call,
            CallInfo parties) {
        this(id, IDS, cause, callControlCause, metaEvent, call, parties);
    }

    /** For subclasses, which accept their own family's ids. */
    CallEventImpl(int id, Set<Integer> validIds, int cause, int callControlCause,
            MetaEvent metaEvent, Call call, CallInfo parties) {
        super(id, validIds, cause, metaEvent);
        this.callControlCause = checkCallControlCause(callControlCause);
        this.call = require(call, "call");
        this.parties = parties == null ? CallInfo.NONE : parties;
    }

    @Override
    public final Call getCall() {
        return call;
    }

    /** Returns the call-control cause, or the core cause when no call-control cause applies. */
    @Override
    public final int getCallControlCause() {
        return callControlCause;
    }

    /** Returns the call's parties as carried by this event, never null. */
    public final CallInfo getParties() {
        return parties;
    }

    @Override
    public final Address getCallingAddress() {
        return parties.getCallingAddress();
    }

    @Override
    public final Terminal getCallingTerminal() {
        return parties.getCallingTerminal();
    }

    @Override
    public final Address getCalledAddress() {
        return parties.getCalledAddress();
    }

    @Override
    public final Address getLastRedirectedAddress() {
        return parties.getLastRedirectedAddress();
    }

    /** Returns the call, whose state this event reports. */
    @Override
    public Object getSource() {
        return call;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" call=").append(call);
        appendCallControlCause(text, callControlCause);
        parties.appendTo(text);
    }
}
