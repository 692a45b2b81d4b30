package org.dialtone.internal.event;

import java.lang.reflect.Proxy;

/**
 * Test doubles for JTAPI objects: a proxy of the interface that knows only its name (toString)
 * and its identity (equals/hashCode); any other call fails, since events must not call into them.
 */
final class Doubles {
    private Doubles() {
    }

    static <T> T named(Class<T> type, String name) {
        Object proxy = Proxy.newProxyInstance(Doubles.class.getClassLoader(),
                new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
                    case "toString" -> name;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException(
                            name + "." + method.getName() + " called by an event");
                });
        return type.cast(proxy);
    }
}
