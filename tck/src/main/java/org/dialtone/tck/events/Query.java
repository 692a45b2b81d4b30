package org.dialtone.tck.events;

import java.util.List;
import java.util.function.Predicate;

/**
 * A filter over recorded events: {@code log.query().observer().about(connection).core().names()}.
 * Immutable; each method returns a narrower query.
 */
public final class Query {
    private final List<Seen> events;

    Query(List<Seen> events) {
        this.events = events;
    }

    /** Only what a predicate accepts. */
    public Query where(Predicate<Seen> test) {
        return new Query(events.stream().filter(test).toList());
    }

    /** Only observer events. */
    public Query observer() {
        return where(s -> s.model() == EventLog.Model.OBSERVER);
    }

    /** Only listener events. */
    public Query listener() {
        return where(s -> s.model() == EventLog.Model.LISTENER);
    }

    /** Only events about {@code subject} (a provider, call, connection, terminal connection, address or terminal). */
    public Query about(Object subject) {
        return where(s -> s.isAbout(subject));
    }

    /** Only events of {@code call}, whatever object of it they are about, meta events included. */
    public Query ofCall(Object call) {
        return where(s -> call.equals(s.call()));
    }

    /** Only core events: no call-control and no meta events. */
    public Query core() {
        return where(s -> !s.isCallControl() && !s.isMeta());
    }

    /** Only call-control events. */
    public Query callControl() {
        return where(Seen::isCallControl);
    }

    /** Without the listener meta events. */
    public Query withoutMeta() {
        return where(s -> !s.isMeta());
    }

    /** The events that passed the filters, in arrival order. */
    public List<Seen> list() {
        return events;
    }

    /** Their names, in arrival order. */
    public List<String> names() {
        return events.stream().map(Seen::name).toList();
    }

    /** The first event with this name, or null. */
    public Seen first(String name) {
        return events.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The position of the first event with this name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
