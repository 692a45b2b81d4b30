package org.dialtone.internal.event;

import javax.telephony.Terminal;
import javax.telephony.events.TermEv;
import javax.telephony.events.TermObservationEndedEv;

/** Observer events about a terminal, one class per core {@code Term*Ev} interface. */
public final class TermEvs {
    private TermEvs() {
    }

    /** Common part: the terminal the event reports on (required). */
    public abstract static class Base extends ObserverEv implements TermEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.terminal(), "a terminal");
        }

        @Override
        public final Terminal getTerminal() {
            return data().terminal();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" terminal=").append(getTerminal());
        }
    }

    /** The observer will get no more events from this terminal. */
    public static final class ObservationEnded extends Base implements TermObservationEndedEv {
        ObservationEnded(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
