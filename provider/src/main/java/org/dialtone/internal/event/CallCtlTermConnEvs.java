package org.dialtone.internal.event;

import javax.telephony.callcontrol.events.CallCtlTermConnBridgedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnInUseEv;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnUnknownEv;

/**
 * Observer events about a terminal connection's call-control state, one class per
 * {@code CallCtlTermConn*Ev} interface; separate objects from the core {@link TermConnEvs}.
 */
public final class CallCtlTermConnEvs {
    private CallCtlTermConnEvs() {
    }

    /**
     * Common part: the call, the terminal connection, the call-control cause and the call's
     * parties as they were when the state changed.
     */
    public abstract static class Base extends TermConnEvs.Base implements CallCtlTermConnEv, CallControlCallParts {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            appendCallControlDetails(text, true);
        }
    }

    /** The terminal shares the address's line with the active one but is not talking. */
    public static final class Bridged extends Base implements CallCtlTermConnBridgedEv {
        Bridged(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal has left the call for good. */
    public static final class Dropped extends Base implements CallCtlTermConnDroppedEv {
        Dropped(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal has put the call on hold. */
    public static final class Held extends Base implements CallCtlTermConnHeldEv {
        Held(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** Another terminal on the shared line is using it, so this one cannot join. */
    public static final class InUse extends Base implements CallCtlTermConnInUseEv {
        InUse(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal is ringing for the call. */
    public static final class Ringing extends Base implements CallCtlTermConnRingingEv {
        Ringing(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal is talking in the call. */
    public static final class Talking extends Base implements CallCtlTermConnTalkingEv {
        Talking(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The provider cannot tell the terminal connection's call-control state. */
    public static final class Unknown extends Base implements CallCtlTermConnUnknownEv {
        Unknown(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
