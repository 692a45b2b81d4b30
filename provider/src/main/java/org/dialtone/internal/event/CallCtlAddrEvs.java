package org.dialtone.internal.event;

import java.util.Arrays;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlAddrEv;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;

/**
 * Observer events about an address's call-control features (do not disturb, forwarding, message
 * waiting), one class per {@code CallCtlAddr*Ev} interface.
 */
public final class CallCtlAddrEvs {
    private CallCtlAddrEvs() {
    }

    /** Common part: the address and the call-control cause. */
    public abstract static class Base extends AddrEvs.Base implements CallCtlAddrEv, CallControlCause {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            appendCallControlDetails(text, false);
        }
    }

    /** The address's do-not-disturb feature was switched; carries the new state. */
    public static final class DoNotDisturb extends Base implements CallCtlAddrDoNotDisturbEv {
        DoNotDisturb(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public boolean getDoNotDisturbState() {
            return data().doNotDisturb();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" doNotDisturb=").append(getDoNotDisturbState());
        }
    }

    /**
     * The address's forwarding changed; carries the rules now in force (empty when forwarding
     * was cancelled). Each call returns a fresh copy of the array.
     */
    public static final class Forward extends Base implements CallCtlAddrForwardEv {
        Forward(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public CallControlForwarding[] getForwarding() {
            return data().forwarding();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" forwarding=").append(Arrays.toString(getForwarding()));
        }
    }

    /** The address's message-waiting indicator changed; carries the new state. */
    public static final class MessageWaiting extends Base implements CallCtlAddrMessageWaitingEv {
        MessageWaiting(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public boolean getMessageWaitingState() {
            return data().messageWaiting();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" messageWaiting=").append(getMessageWaitingState());
        }
    }
}
