package org.dialtone.internal.event;

import javax.telephony.Call;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;

/** Observer events about a call's own state, one class per {@code Call*Ev} interface. */
public final class CallEvs {
    private CallEvs() {
    }

    /**
     * Common part of every call-related event, including connection and terminal connection
     * events: the call (required in the data).
     */
    public abstract static class Base extends ObserverEv implements CallEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.call(), "a call");
        }

        @Override
        public final Call getCall() {
            return data().call();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" call=").append(getCall());
        }
    }

    /** The call has become active. */
    public static final class Active extends Base implements CallActiveEv {
        Active(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call has become invalid: it has no connections left. */
    public static final class Invalid extends Base implements CallInvalidEv {
        Invalid(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /**
     * The observer will get no more events for this call. The ended object is the one whose
     * observation stopped (the call, or the address or terminal the observer was added through);
     * when the data names none, it is the call itself.
     */
    public static final class ObservationEnded extends Base implements CallObservationEndedEv {
        ObservationEnded(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public Object getEndedObject() {
            Object ended = data().endedObject();
            return ended == null ? getCall() : ended;
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            if (data().endedObject() != null) {
                text.append(" ended=").append(data().endedObject());
            }
        }
    }
}
