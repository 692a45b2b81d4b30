package org.dialtone.internal.event;

import javax.telephony.Connection;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnCreatedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.ConnFailedEv;
import javax.telephony.events.ConnInProgressEv;
import javax.telephony.events.ConnUnknownEv;

/** Observer events about a connection's core state, one class per {@code Conn*Ev} interface. */
public final class ConnEvs {
    private ConnEvs() {
    }

    /** Common part: the call and the connection whose state changed (both required). */
    public abstract static class Base extends CallEvs.Base implements ConnEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.connection(), "a connection");
        }

        @Override
        public final Connection getConnection() {
            return data().connection();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" conn=").append(getConnection());
        }
    }

    /** The connection's address is being offered the call. */
    public static final class Alerting extends Base implements ConnAlertingEv {
        Alerting(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The connection's address is actively taking part in the call. */
    public static final class Connected extends Base implements ConnConnectedEv {
        Connected(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** A new connection has joined the call (state IDLE). */
    public static final class Created extends Base implements ConnCreatedEv {
        Created(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The connection has left the call. */
    public static final class Disconnected extends Base implements ConnDisconnectedEv {
        Disconnected(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The connection failed, e.g. the far end was busy. */
    public static final class Failed extends Base implements ConnFailedEv {
        Failed(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call is on its way to the connection's address. */
    public static final class InProgress extends Base implements ConnInProgressEv {
        InProgress(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The provider cannot tell the connection's state. */
    public static final class Unknown extends Base implements ConnUnknownEv {
        Unknown(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
