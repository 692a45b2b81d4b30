package org.dialtone.internal.event;

import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.callcontrol.events.CallCtlConnEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlConnInitiatedEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkReachedEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlConnUnknownEv;

/**
 * Observer events about a connection's call-control state, one class per
 * {@code CallCtlConn*Ev} interface. They are separate objects from the core {@link ConnEvs}: a
 * call-control observer receives both kinds for one change.
 */
public final class CallCtlConnEvs {
    private CallCtlConnEvs() {
    }

    /**
     * Common part: the call, the connection, the call-control cause and the call's parties as
     * they were when the state changed.
     */
    public abstract static class Base extends ConnEvs.Base implements CallCtlConnEv, CallControlCallParts {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            appendCallControlDetails(text, true);
        }
    }

    /** The connection's address is being offered the call. */
    public static final class Alerting extends Base implements CallCtlConnAlertingEv {
        Alerting(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The originating connection is collecting digits; carries the digits dialed so far. */
    public static final class Dialing extends Base implements CallCtlConnDialingEv {
        Dialing(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public String getDigits() {
            return data().digits();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" digits=").append(getDigits());
        }
    }

    /** The connection has left the call. */
    public static final class Disconnected extends Base implements CallCtlConnDisconnectedEv {
        Disconnected(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The connection's address is actively taking part in the call. */
    public static final class Established extends Base implements CallCtlConnEstablishedEv {
        Established(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The connection failed; the call-control cause says why (busy, trunks busy ...). */
    public static final class Failed extends Base implements CallCtlConnFailedEv {
        Failed(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The originating connection has started (off hook, no digits yet). */
    public static final class Initiated extends Base implements CallCtlConnInitiatedEv {
        Initiated(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call reached a remote party outside the provider's domain, which is alerting. */
    public static final class NetworkAlerting extends Base
            implements CallCtlConnNetworkAlertingEv {
        NetworkAlerting(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call has left the provider's domain towards the network. */
    public static final class NetworkReached extends Base implements CallCtlConnNetworkReachedEv {
        NetworkReached(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call is offered to the connection's address, which may accept or reject it. */
    public static final class Offered extends Base implements CallCtlConnOfferedEv {
        Offered(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The call waits in a queue at the connection's address; carries the queue length. */
    public static final class Queued extends Base implements CallCtlConnQueuedEv {
        Queued(EvData data, Object observed) {
            super(ID, data, observed);
        }

        @Override
        public int getNumberInQueue() {
            return data().numberInQueue();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" numberInQueue=").append(getNumberInQueue());
        }
    }

    /** The provider cannot tell the connection's call-control state. */
    public static final class Unknown extends Base implements CallCtlConnUnknownEv {
        Unknown(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
