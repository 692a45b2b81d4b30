package org.dialtone.internal.event;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.events.Ev;
import javax.telephony.privatedata.PrivateDataEvent;

/**
 * Readable names for event ids, causes and meta codes, for logs and {@code toString}.
 *
 * <p>The names are the constants' own names, read once by reflection from the JTAPI interfaces, so
 * they cannot drift from the API. A number with no name is returned as its decimal text.
 *
 * <p>Listener (1.4) ids and observer (1.2) ids are separate spaces (200 is a multi-call meta event
 * in one and {@code CallCtlAddrDoNotDisturbEv} in the other), hence {@link #id} and
 * {@link #observerId}.
 */
public final class EventNames {
    /** The listener event interfaces that declare event ids. */
    private static final List<Class<?>> LISTENER_EVENTS = List.of(
            ProviderEvent.class, CallEvent.class, ConnectionEvent.class,
            TerminalConnectionEvent.class, AddressEvent.class, TerminalEvent.class,
            SingleCallMetaEvent.class, MultiCallMetaEvent.class,
            CallControlConnectionEvent.class, CallControlTerminalConnectionEvent.class,
            CallControlAddressEvent.class, CallControlTerminalEvent.class, PrivateDataEvent.class);

    private static final Map<Integer, String> IDS =
            constants(LISTENER_EVENTS, EventNames::isIdName);
    private static final Map<Integer, String> CORE_CAUSES =
            constants(List.of(Event.class), name -> name.startsWith("CAUSE_"));
    private static final Map<Integer, String> CAUSES = constants(
            List.of(Event.class, CallControlEvent.class), name -> name.startsWith("CAUSE_"));
    private static final Map<Integer, String> META_CODES =
            constants(List.of(Ev.class), name -> name.startsWith("META_"));

    private EventNames() {
    }

    /**
     * Names a listener (JTAPI 1.4) event id, e.g. 104 gives {@code "CONNECTION_ALERTING"}.
     *
     * @param id an id declared by one of the listener event interfaces
     * @return the constant's name, or the number as text when no constant has that value
     */
    public static String id(int id) {
        return nameOr(IDS, id);
    }

    /**
     * Names an observer (JTAPI 1.2) event id by its interface, e.g. 104 gives
     * {@code "ConnAlertingEv"}.
     *
     * @param id the {@code ID} of one of the observer event interfaces
     * @return the interface's simple name, or the number as text when no interface has that id
     */
    public static String observerId(int id) {
        Class<? extends Ev> type = ObserverEvents.findInterface(id);
        return type == null ? Integer.toString(id) : type.getSimpleName();
    }

    /**
     * Names a core or call-control cause, e.g. 100 gives {@code "CAUSE_NORMAL"} and 210 gives
     * {@code "CAUSE_REDIRECTED"}.
     *
     * @param cause a {@code CAUSE_*} value of {@code Event} or {@code CallControlEvent}
     * @return the constant's name, or the number as text when no constant has that value
     */
    public static String cause(int cause) {
        return nameOr(CAUSES, cause);
    }

    /**
     * Names an observer meta code, e.g. 129 gives {@code "META_CALL_PROGRESS"}.
     *
     * @param metaCode a {@code META_*} value of {@code Ev}
     * @return the constant's name, or the number as text when no constant has that value
     */
    public static String metaCode(int metaCode) {
        return nameOr(META_CODES, metaCode);
    }

    /** Tells whether a value is one of the core causes every event's getCause may return. */
    static boolean isCoreCause(int cause) {
        return CORE_CAUSES.containsKey(cause);
    }

    /** Tells whether a value is a core or a call-control cause. */
    static boolean isCause(int cause) {
        return CAUSES.containsKey(cause);
    }

    /** Tells whether a value is one of the observer meta codes. */
    static boolean isMetaCode(int metaCode) {
        return META_CODES.containsKey(metaCode);
    }

    /**
     * Returns the event ids that the given interfaces declare themselves (inherited ones and
     * causes excluded), so an event class can accept exactly the ids its interfaces define.
     */
    static Set<Integer> idsDeclaredBy(Class<?>... eventInterfaces) {
        return Collections.unmodifiableSet(
                new TreeSet<>(constants(List.of(eventInterfaces), EventNames::isIdName).keySet()));
    }

    /** Throws unless the cause is a core cause, naming the event for the message. */
    static void requireCoreCause(int cause, String event) {
        if (!isCoreCause(cause)) {
            throw new IllegalArgumentException(event + ": cause " + cause
                    + " is not a core cause (Event.CAUSE_*, " + CORE_CAUSES.keySet() + ")"
                    + (isCause(cause) ? "; " + cause(cause) + " is a call-control cause" : ""));
        }
    }

    /** Throws unless the cause is a call-control or core cause, naming the event. */
    static void requireCallControlCause(int cause, String event) {
        if (!isCause(cause)) {
            throw new IllegalArgumentException(event + ": call-control cause " + cause
                    + " is neither a CallControlEvent.CAUSE_* nor an Event.CAUSE_* value");
        }
    }

    private static boolean isIdName(String name) {
        return !name.startsWith("CAUSE_");
    }

    private static String nameOr(Map<Integer, String> names, int value) {
        String name = names.get(value);
        return name == null ? Integer.toString(value) : name;
    }

    /** Reads the int constants an interface declares itself whose names pass the filter. */
    private static Map<Integer, String> constants(List<Class<?>> types,
            Predicate<String> wanted) {
        Map<Integer, String> names = new TreeMap<>();
        for (Class<?> type : types) {
            for (Field field : type.getDeclaredFields()) {
                if (isIntConstant(field) && wanted.test(field.getName())) {
                    String clash = names.putIfAbsent(valueOf(field), field.getName());
                    if (clash != null && !clash.equals(field.getName())) {
                        throw new IllegalStateException(type.getName() + "." + field.getName()
                                + " reuses the value of " + clash);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static boolean isIntConstant(Field field) {
        int modifiers = field.getModifiers();
        return field.getType() == int.class && Modifier.isStatic(modifiers)
                && Modifier.isFinal(modifiers);
    }

    private static int valueOf(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
