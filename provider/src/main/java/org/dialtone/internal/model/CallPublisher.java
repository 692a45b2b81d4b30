package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.event.CallEventImpl;
import org.dialtone.internal.event.ConnectionEventImpl;
import org.dialtone.internal.event.EvData;
import org.dialtone.internal.event.ListenerEvent;
import org.dialtone.internal.event.MultiCallMetaEventImpl;
import org.dialtone.internal.event.ObserverEvents;
import org.dialtone.internal.event.PrivateDataCallEventImpl;
import org.dialtone.internal.event.SingleCallMetaEventImpl;
import org.dialtone.internal.event.TerminalConnectionEventImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the changes of one call into the two event models and queues them to the call's
 * subscribers: listeners get the events bracketed by a single-call meta event, observers one
 * {@code Ev[]} batch with the meta code. Runs on the loop; the callbacks run on delivery threads.
 */
final class CallPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(CallPublisher.class);

    private CallPublisher() {
    }

    /** Publishes the changes of one operation on {@code call}. */
    static void publish(CallImpl call, List<Change> changes, int metaCode) {
        deliver(call, changes, metaCode, call.listenerAttachments(), call.observerAttachments(),
                SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED, SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED);
    }

    /**
     * Publishes a transfer or merge, whose changes span calls, as one happening: each listener gets
     * the changes of every call it is attached to (in the batch's order of calls) inside one
     * multi-call meta bracket, and each observer one {@code Ev[]} with one meta group.
     */
    static void publishTogether(Map<CallImpl, Batch.CallChanges> byCall, Batch.MultiCall multi) {
        boolean transfer = multi.metaCode == Ev.META_CALL_TRANSFERRING;
        MultiCallMetaEventImpl start = new MultiCallMetaEventImpl(transfer
                ? MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED : MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED,
                Ev.CAUSE_NORMAL, null, multi.newCall, multi.oldCalls);
        MultiCallMetaEventImpl end = new MultiCallMetaEventImpl(transfer
                ? MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED : MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED,
                Ev.CAUSE_NORMAL, null, multi.newCall, multi.oldCalls);
        Map<Subscriber, List<Event>> heard = new LinkedHashMap<>();
        Map<Subscriber, List<CallEv>> observed = new LinkedHashMap<>();
        byCall.forEach((call, batch) -> {
            List<Change> changes = batch.changes;
            if (changes.isEmpty()) {
                return;
            }
            List<Event> events = new ArrayList<>(changes.size());
            for (Change c : changes) {
                events.add(listenerEvent(c, start));
            }
            for (Attachment a : call.listenerAttachments()) {
                heard.computeIfAbsent(a.subscriber, s -> new ArrayList<>()).addAll(events);
            }
            EvData[] first = new EvData[changes.size()];
            EvData[] rest = new EvData[changes.size()];
            for (Attachment a : call.observerAttachments()) {
                List<CallEv> evs = observed.get(a.subscriber);
                boolean opensGroup = evs == null || evs.isEmpty();
                CallEv[] these = observerEvents(call, changes, multi.metaCode,
                        a.target instanceof CallControlCallObserver, a.observed(), first, rest, opensGroup);
                observed.computeIfAbsent(a.subscriber, s -> new ArrayList<>()).addAll(List.of(these));
            }
        });
        heard.forEach((s, events) -> {
            CallListener l = (CallListener) s.target;
            s.deliver(() -> {
                dispatch(l, start);
                for (Event e : events) {
                    dispatch(l, e);
                }
                dispatch(l, end);
            });
        });
        observed.forEach((s, evs) -> {
            if (!evs.isEmpty()) {
                CallEv[] batch = evs.toArray(new CallEv[0]);
                CallObserver o = (CallObserver) s.target;
                s.deliver(() -> o.callChangedEvent(batch));
            }
        });
    }

    /** Tells one newly attached subscriber the call's present state. */
    static void snapshot(CallImpl call, Attachment attachment, boolean listener) {
        List<Change> state = call.snapshot();
        List<Attachment> one = List.of(attachment);
        List<Attachment> none = List.of();
        deliver(call, state, Ev.META_SNAPSHOT, listener ? one : none, listener ? none : one,
                SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED, SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED);
    }

    /** Tells a subscriber that it hears no more of the call. */
    static void ended(CallImpl call, Attachment attachment, boolean listener, int cause) {
        Subscriber s = attachment.subscriber;
        if (listener) {
            CallEventImpl event = new CallEventImpl(javax.telephony.CallEvent.CALL_EVENT_TRANSMISSION_ENDED, cause,
                    cause, null, call, call.parties());
            s.deliver(() -> ((CallListener) s.target).callEventTransmissionEnded(event));
        } else {
            EvData data = EvData.builder(cause, Ev.META_UNKNOWN, true).provider(call.provider()).call(call)
                    .parties(call.parties()).build();
            CallEv[] evs = {(CallEv) ObserverEvents.forId(CallObservationEndedEv.ID, data, attachment.observed())};
            s.deliver(() -> ((CallObserver) s.target).callChangedEvent(evs));
        }
    }

    private static void deliver(CallImpl call, List<Change> changes, int metaCode, List<Attachment> listeners,
            List<Attachment> observers, int metaStartId, int metaEndId) {
        if (changes.isEmpty()) {
            return;
        }
        int cause = changes.get(0).cause;
        if (!listeners.isEmpty()) {
            SingleCallMetaEventImpl start = new SingleCallMetaEventImpl(metaStartId, cause, null, call);
            List<Event> events = new ArrayList<>(changes.size() + 2);
            events.add(start);
            for (Change c : changes) {
                events.add(listenerEvent(c, start));
            }
            events.add(new SingleCallMetaEventImpl(metaEndId, cause, null, call));
            for (Attachment a : listeners) {
                CallListener l = (CallListener) a.target;
                a.subscriber.deliver(() -> {
                    for (Event e : events) {
                        dispatch(l, e);
                    }
                });
            }
        }
        if (!observers.isEmpty()) {
            EvData[] first = new EvData[changes.size()];
            EvData[] rest = new EvData[changes.size()];
            for (Attachment a : observers) {
                CallObserver o = (CallObserver) a.target;
                CallEv[] evs = observerEvents(call, changes, metaCode, o instanceof CallControlCallObserver,
                        a.observed(), first, rest, true);
                if (evs.length > 0) {
                    a.subscriber.deliver(() -> o.callChangedEvent(evs));
                }
            }
        }
    }

    /** One listener callback; its failure is the application's and must not cost it the batch's later events. */
    private static void dispatch(CallListener listener, Event event) {
        try {
            ListenerDispatch.toCallListener(listener, event);
        } catch (RuntimeException | Error e) {
            LOG.warn("call listener {} threw on event {}", listener, event.getID(), e);
        }
    }

    /**
     * One observer's events for {@code changes}; {@code opensGroup} says whether the first of them
     * starts a meta group (it does not when it continues another call's part of one operation).
     */
    private static CallEv[] observerEvents(CallImpl call, List<Change> changes, int metaCode, boolean callControl,
            Object observed, EvData[] first, EvData[] rest, boolean opensGroup) {
        List<CallEv> evs = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.callControl && !callControl) {
                continue;
            }
            boolean isFirst = opensGroup && evs.isEmpty();
            EvData[] cache = isFirst ? first : rest;
            if (cache[i] == null) {
                cache[i] = data(call, c, metaCode, isFirst);
            }
            evs.add((CallEv) ObserverEvents.forId(c.observerId, cache[i], observed));
        }
        return evs.toArray(new CallEv[0]);
    }

    private static EvData data(CallImpl call, Change c, int metaCode, boolean newMeta) {
        EvData.Builder b = EvData.builder(c.cause, metaCode, newMeta).callControlCause(c.callControlCause)
                .provider(call.provider()).call(call).parties(c.parties).privateData(c.privateData);
        if (c.connection != null) {
            b.connection(c.connection).address(c.connection.getAddress());
        }
        if (c.terminalConnection != null) {
            b.terminalConnection(c.terminalConnection).connection(c.terminalConnection.getConnection())
                    .terminal(c.terminalConnection.getTerminal()).address(c.terminalConnection.getConnection().getAddress());
        }
        return b.build();
    }

    private static ListenerEvent listenerEvent(Change c, MetaEvent meta) {
        switch (c.subject) {
            case CONNECTION:
                return new ConnectionEventImpl(c.listenerId, c.cause, c.callControlCause, meta, c.call, c.parties,
                        c.connection);
            case TERMINAL_CONNECTION:
                return new TerminalConnectionEventImpl(c.listenerId, c.cause, c.callControlCause, meta, c.call,
                        c.parties, c.terminalConnection);
            case PRIVATE_DATA:
                return new PrivateDataCallEventImpl(c.cause, meta, c.call, c.parties, c.privateData);
            default:
                return new CallEventImpl(c.listenerId, c.cause, c.callControlCause, meta, c.call, c.parties);
        }
    }
}
