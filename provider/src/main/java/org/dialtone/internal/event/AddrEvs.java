package org.dialtone.internal.event;

import javax.telephony.Address;
import javax.telephony.events.AddrEv;
import javax.telephony.events.AddrObservationEndedEv;

/** Observer events about an address, one class per core {@code Addr*Ev} interface. */
public final class AddrEvs {
    private AddrEvs() {
    }

    /** Common part: the address the event reports on (required). */
    public abstract static class Base extends ObserverEv implements AddrEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.address(), "an address");
        }

        @Override
        public final Address getAddress() {
            return data().address();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" address=").append(getAddress());
        }
    }

    /** The observer will get no more events from this address. */
    public static final class ObservationEnded extends Base implements AddrObservationEndedEv {
        ObservationEnded(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
