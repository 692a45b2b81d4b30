package org.dialtone.tck.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlConnInitiatedEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkReachedEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlConnUnknownEv;
import javax.telephony.callcontrol.events.CallCtlTermConnBridgedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnInUseEv;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnUnknownEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import javax.telephony.events.AddrObservationEndedEv;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnCreatedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.ConnFailedEv;
import javax.telephony.events.ConnInProgressEv;
import javax.telephony.events.ConnUnknownEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.events.ProvShutdownEv;
import javax.telephony.events.TermConnActiveEv;
import javax.telephony.events.TermConnCreatedEv;
import javax.telephony.events.TermConnDroppedEv;
import javax.telephony.events.TermConnPassiveEv;
import javax.telephony.events.TermConnRingingEv;
import javax.telephony.events.TermConnUnknownEv;
import javax.telephony.events.TermObservationEndedEv;

/**
 * The name of each observer event id: the simple name of the {@code Ev} interface whose {@code ID}
 * it is. The ids of the core and call-control packages do not overlap, so one table serves both.
 */
public final class EventNames {
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (Class<?> type : List.of(ProvInServiceEv.class, ProvOutOfServiceEv.class, ProvShutdownEv.class,
                ProvObservationEndedEv.class, CallActiveEv.class, CallInvalidEv.class, CallObservationEndedEv.class,
                ConnCreatedEv.class, ConnInProgressEv.class, ConnAlertingEv.class, ConnConnectedEv.class,
                ConnDisconnectedEv.class, ConnFailedEv.class, ConnUnknownEv.class, TermConnCreatedEv.class,
                TermConnRingingEv.class, TermConnActiveEv.class, TermConnPassiveEv.class, TermConnDroppedEv.class,
                TermConnUnknownEv.class, AddrObservationEndedEv.class, TermObservationEndedEv.class,
                CallCtlConnOfferedEv.class, CallCtlConnQueuedEv.class, CallCtlConnAlertingEv.class,
                CallCtlConnInitiatedEv.class, CallCtlConnDialingEv.class, CallCtlConnNetworkReachedEv.class,
                CallCtlConnNetworkAlertingEv.class, CallCtlConnEstablishedEv.class, CallCtlConnFailedEv.class,
                CallCtlConnDisconnectedEv.class, CallCtlConnUnknownEv.class, CallCtlTermConnRingingEv.class,
                CallCtlTermConnTalkingEv.class, CallCtlTermConnHeldEv.class, CallCtlTermConnBridgedEv.class,
                CallCtlTermConnInUseEv.class, CallCtlTermConnDroppedEv.class, CallCtlTermConnUnknownEv.class,
                CallCtlAddrDoNotDisturbEv.class, CallCtlAddrForwardEv.class, CallCtlAddrMessageWaitingEv.class,
                CallCtlTermDoNotDisturbEv.class)) {
            try {
                NAMES.put(type.getField("ID").getInt(null), type.getSimpleName());
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private EventNames() {
    }

    /** The interface name for an observer event id, or {@code Ev#<id>} for an id JTAPI does not define. */
    public static String observer(int id) {
        return NAMES.getOrDefault(id, "Ev#" + id);
    }
}
