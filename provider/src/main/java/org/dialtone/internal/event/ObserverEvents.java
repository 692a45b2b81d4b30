package org.dialtone.internal.event;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
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
import javax.telephony.events.Ev;
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
import javax.telephony.privatedata.events.PrivateCallEv;

/**
 * Creates observer (JTAPI 1.2/1.3) events by id: the one door through which the model and
 * delivery make them.
 *
 * <pre>{@code
 * EvData what = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
 *         .call(call).connection(conn).parties(parties).build();
 * Ev forCallObserver = ObserverEvents.forId(ConnAlertingEv.ID, what, call);
 * Ev forAddressObserver = ObserverEvents.forId(ConnAlertingEv.ID, what, address);
 * }</pre>
 *
 * <p>Each id is the {@code ID} constant of one concrete {@code Ev} interface (read from the
 * interface itself, so the table cannot disagree with the API); the event returned implements
 * that interface and no other concrete one.
 */
public final class ObserverEvents {
    /** Concrete Ev interface and constructor of its class, by the interface's ID. */
    private static final Map<Integer, Kind> KINDS = kinds();

    private ObserverEvents() {
    }

    /**
     * Creates the observer event with the given id.
     *
     * @param id the {@code ID} of a concrete interface of {@code javax.telephony.events} or
     *     {@code javax.telephony.callcontrol.events}, e.g. {@code ConnAlertingEv.ID}
     * @param data what the event says; must hold the objects the interface needs (a provider for
     *     {@code Prov*Ev}; a call for call events, plus the connection or terminal connection for
     *     theirs; an address for address events; a terminal for terminal events)
     * @param observed the object the receiving observer was added to; not null
     * @return a new event implementing the interface with that id
     * @throws IllegalArgumentException if no interface has that id, or the data lacks an object
     *     the event needs
     * @throws NullPointerException if data or observed is null
     */
    public static ObserverEv forId(int id, EvData data, Object observed) {
        return kind(id).create().apply(data, observed);
    }

    /**
     * Returns the concrete observer event interface with the given id, e.g.
     * {@code ConnAlertingEv.class} for 104; delivery uses it to tell core from call-control
     * events ({@code CallCtlEv.class.isAssignableFrom(...)}).
     *
     * @throws IllegalArgumentException if no interface has that id
     */
    public static Class<? extends Ev> interfaceOf(int id) {
        return kind(id).type();
    }

    /** Returns every supported observer event id, in ascending order. */
    public static Set<Integer> ids() {
        return KINDS.keySet();
    }

    /** Like {@link #interfaceOf} but returns null for an unknown id; for {@link EventNames}. */
    static Class<? extends Ev> findInterface(int id) {
        Kind kind = KINDS.get(id);
        return kind == null ? null : kind.type();
    }

    private static Kind kind(int id) {
        Kind kind = KINDS.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("no observer event has id " + id
                    + "; known ids are " + KINDS.keySet());
        }
        return kind;
    }

    private static Map<Integer, Kind> kinds() {
        Map<Integer, Kind> kinds = new TreeMap<>();
        add(kinds, ProvInServiceEv.class, ProvEvs.InService::new);
        add(kinds, ProvObservationEndedEv.class, ProvEvs.ObservationEnded::new);
        add(kinds, ProvOutOfServiceEv.class, ProvEvs.OutOfService::new);
        add(kinds, ProvShutdownEv.class, ProvEvs.Shutdown::new);

        add(kinds, CallActiveEv.class, CallEvs.Active::new);
        add(kinds, CallInvalidEv.class, CallEvs.Invalid::new);
        add(kinds, CallObservationEndedEv.class, CallEvs.ObservationEnded::new);

        add(kinds, ConnAlertingEv.class, ConnEvs.Alerting::new);
        add(kinds, ConnConnectedEv.class, ConnEvs.Connected::new);
        add(kinds, ConnCreatedEv.class, ConnEvs.Created::new);
        add(kinds, ConnDisconnectedEv.class, ConnEvs.Disconnected::new);
        add(kinds, ConnFailedEv.class, ConnEvs.Failed::new);
        add(kinds, ConnInProgressEv.class, ConnEvs.InProgress::new);
        add(kinds, ConnUnknownEv.class, ConnEvs.Unknown::new);

        add(kinds, TermConnActiveEv.class, TermConnEvs.Active::new);
        add(kinds, TermConnCreatedEv.class, TermConnEvs.Created::new);
        add(kinds, TermConnDroppedEv.class, TermConnEvs.Dropped::new);
        add(kinds, TermConnPassiveEv.class, TermConnEvs.Passive::new);
        add(kinds, TermConnRingingEv.class, TermConnEvs.Ringing::new);
        add(kinds, TermConnUnknownEv.class, TermConnEvs.Unknown::new);

        add(kinds, AddrObservationEndedEv.class, AddrEvs.ObservationEnded::new);
        add(kinds, TermObservationEndedEv.class, TermEvs.ObservationEnded::new);

        add(kinds, CallCtlConnAlertingEv.class, CallCtlConnEvs.Alerting::new);
        add(kinds, CallCtlConnDialingEv.class, CallCtlConnEvs.Dialing::new);
        add(kinds, CallCtlConnDisconnectedEv.class, CallCtlConnEvs.Disconnected::new);
        add(kinds, CallCtlConnEstablishedEv.class, CallCtlConnEvs.Established::new);
        add(kinds, CallCtlConnFailedEv.class, CallCtlConnEvs.Failed::new);
        add(kinds, CallCtlConnInitiatedEv.class, CallCtlConnEvs.Initiated::new);
        add(kinds, CallCtlConnNetworkAlertingEv.class, CallCtlConnEvs.NetworkAlerting::new);
        add(kinds, CallCtlConnNetworkReachedEv.class, CallCtlConnEvs.NetworkReached::new);
        add(kinds, CallCtlConnOfferedEv.class, CallCtlConnEvs.Offered::new);
        add(kinds, CallCtlConnQueuedEv.class, CallCtlConnEvs.Queued::new);
        add(kinds, CallCtlConnUnknownEv.class, CallCtlConnEvs.Unknown::new);

        add(kinds, CallCtlTermConnBridgedEv.class, CallCtlTermConnEvs.Bridged::new);
        add(kinds, CallCtlTermConnDroppedEv.class, CallCtlTermConnEvs.Dropped::new);
        add(kinds, CallCtlTermConnHeldEv.class, CallCtlTermConnEvs.Held::new);
        add(kinds, CallCtlTermConnInUseEv.class, CallCtlTermConnEvs.InUse::new);
        add(kinds, CallCtlTermConnRingingEv.class, CallCtlTermConnEvs.Ringing::new);
        add(kinds, CallCtlTermConnTalkingEv.class, CallCtlTermConnEvs.Talking::new);
        add(kinds, CallCtlTermConnUnknownEv.class, CallCtlTermConnEvs.Unknown::new);

        add(kinds, CallCtlAddrDoNotDisturbEv.class, CallCtlAddrEvs.DoNotDisturb::new);
        add(kinds, CallCtlAddrForwardEv.class, CallCtlAddrEvs.Forward::new);
        add(kinds, CallCtlAddrMessageWaitingEv.class, CallCtlAddrEvs.MessageWaiting::new);

        add(kinds, CallCtlTermDoNotDisturbEv.class, CallCtlTermEvs.DoNotDisturb::new);

        add(kinds, PrivateCallEv.class, PrivateEvs.Call::new);
        return Collections.unmodifiableMap(kinds);
    }

    private static void add(Map<Integer, Kind> kinds, Class<? extends Ev> type,
            BiFunction<EvData, Object, ObserverEv> create) {
        int id = idOf(type);
        Kind clash = kinds.putIfAbsent(id, new Kind(type, create));
        if (clash != null) {
            throw new IllegalStateException(type.getName() + " and " + clash.type().getName()
                    + " share the id " + id);
        }
    }

    /** Reads the interface's own {@code ID} constant. */
    private static int idOf(Class<? extends Ev> type) {
        try {
            Field field = type.getField("ID");
            return field.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " has no readable ID constant", e);
        }
    }

    /** One concrete observer event interface and how to make its implementation. */
    private record Kind(Class<? extends Ev> type, BiFunction<EvData, Object, ObserverEv> create) {
    }
}
