package org.dialtone.internal.event;

import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlTermEv;

/** Observer events about a terminal's call-control features, one class per interface. */
public final class CallCtlTermEvs {
    private CallCtlTermEvs() {
    }

    /** Common part: the terminal and the call-control cause. */
    public abstract static class Base extends TermEvs.Base implements CallCtlTermEv, CallControlCause {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            appendCallControlDetails(text, false);
        }
    }

    /** The terminal's do-not-disturb feature was switched; carries the new state. */
    public static final class DoNotDisturb extends Base implements CallCtlTermDoNotDisturbEv {
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
}
