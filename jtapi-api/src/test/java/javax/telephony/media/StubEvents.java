package javax.telephony.media;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Stub events for exception tests: a dynamic proxy of any event interface that answers the
 * methods named in a map and gives null, 0 or false for the rest.
 */
public final class StubEvents {
    private StubEvents() {
    }

    /** An event of the given interface whose methods all return null, 0 or false. */
    public static <T> T stub(Class<T> eventInterface) {
        return stub(eventInterface, Map.of());
    }

    /** An event of the given interface that answers {@code answers.get(methodName)}. */
    public static <T> T stub(Class<T> eventInterface, Map<String, Object> answers) {
        Object proxy = Proxy.newProxyInstance(eventInterface.getClassLoader(),
                new Class<?>[] {eventInterface},
                (self, method, args) -> switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    case "toString" -> "stub " + eventInterface.getSimpleName();
                    default -> answers.containsKey(method.getName())
                            ? answers.get(method.getName())
                            : defaultFor(method.getReturnType());
                });
        return eventInterface.cast(proxy);
    }

    /** A resource event with the given ID, error and sub-error (the symbols may be null). */
    public static ResourceEvent resourceEvent(Symbol eventId, Symbol error, int subError) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getEventID", eventId);
        answers.put("getError", error);
        answers.put("getSubError", subError);
        return stub(ResourceEvent.class, answers);
    }

    private static Object defaultFor(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
