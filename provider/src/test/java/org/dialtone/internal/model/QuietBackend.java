package org.dialtone.internal.model;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.backend.Signals;
import org.dialtone.internal.backend.Topology;
import org.dialtone.internal.capability.Capability;

/**
 * Local 1001..1003, each with its own terminal; plays no far end unless the test says so. A
 * dynamic proxy of {@link Backend}, so that commands this test does not care about are simply
 * accepted, however the interface grows.
 */
final class QuietBackend implements InvocationHandler {
    final BlockingQueue<Long> offered = new LinkedBlockingQueue<>();
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    final Backend backend = (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(),
            new Class<?>[] {Backend.class}, this);
    volatile Signals signals;

    List<String> commands() {
        synchronized (commands) {
            return new ArrayList<>(commands);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "topology":
                Map<String, List<String>> lines = new LinkedHashMap<>();
                for (String n : List.of("1001", "1002", "1003")) {
                    lines.put(n, List.of(n));
                }
                return Topology.of(lines, List.of("1001", "1002", "1003"));
            case "start":
                signals = (Signals) args[0];
                signals.inService();
                return null;
            case "isDialable":
                return ((String) args[0]).chars().allMatch(Character::isDigit);
            case "diallingLocation":
                return DiallingLocation.DEFAULT;
            case "operations":
                return EnumSet.allOf(Capability.class);
            case "extensions":
                return EnumSet.allOf(Extension.class);
            case "route", "offer":
                offered.add((Long) args[0]);
                return null;
            case "release":
                commands.add("release " + args[0]);
                return null;
            case "transfer":
                commands.add("transfer " + Arrays.toString((long[]) args[0]) + " to "
                        + Arrays.toString((long[]) args[1]));
                return null;
            case "toString":
                return "quiet backend";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                if (method.getReturnType() == boolean.class) {
                    return false;
                }
                if (method.getReturnType() != void.class) {
                    throw new UnsupportedOperationException(method.getName() + " is not played here");
                }
                return null;
        }
    }
}
