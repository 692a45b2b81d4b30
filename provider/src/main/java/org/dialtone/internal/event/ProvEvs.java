package org.dialtone.internal.event;

import javax.telephony.Provider;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.events.ProvShutdownEv;

/** Observer events about the provider's state, one class per {@code Prov*Ev} interface. */
public final class ProvEvs {
    private ProvEvs() {
    }

    /** Common part: the provider whose state changed (required in the data). */
    public abstract static class Base extends ObserverEv implements ProvEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.provider(), "a provider");
        }

        @Override
        public final Provider getProvider() {
            return data().provider();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" provider=").append(getProvider());
        }
    }

    /** The provider is in service and usable. */
    public static final class InService extends Base implements ProvInServiceEv {
        InService(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The observer will get no more events from this provider. */
    public static final class ObservationEnded extends Base implements ProvObservationEndedEv {
        ObservationEnded(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The provider is out of service for now; it may come back. */
    public static final class OutOfService extends Base implements ProvOutOfServiceEv {
        OutOfService(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The provider has shut down for good. */
    public static final class Shutdown extends Base implements ProvShutdownEv {
        Shutdown(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
