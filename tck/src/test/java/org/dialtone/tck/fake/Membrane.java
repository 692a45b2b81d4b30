package org.dialtone.tck.fake;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Wraps every javax.telephony object a provider hands out, and every observer or listener handed to
 * it, in a dynamic proxy, so that a {@link Fault} can change one answer or one delivery while
 * everything else passes through unchanged. The same object always gets the same proxy, so
 * identities and equality hold as the kit expects.
 */
final class Membrane {
    private final Set<Fault> faults;
    // Guarded by this; identity maps in both directions.
    private final Map<Object, Object> inner = new IdentityHashMap<>(); // provider object -> its proxy
    private final Map<Object, Object> innerReal = new IdentityHashMap<>(); // proxy -> provider object
    private final Map<Object, Object> outer = new IdentityHashMap<>(); // application subscriber -> its proxy
    private final Map<Object, Object> outerReal = new IdentityHashMap<>(); // proxy -> application subscriber

    Membrane(Set<Fault> faults) {
        this.faults = faults;
    }

    /** A provider's object as the application sees it. */
    synchronized Object toApplication(Object x) {
        if (x == null) {
            return null;
        }
        if (x.getClass().isArray()) {
            return mapArray(x, this::toApplication);
        }
        if (outerReal.containsKey(x)) {
            return outerReal.get(x);
        }
        Class<?>[] types = telephonyInterfaces(x.getClass());
        if (types.length == 0) {
            return x;
        }
        return inner.computeIfAbsent(x, real -> {
            Object proxy = Proxy.newProxyInstance(Membrane.class.getClassLoader(), types, new Inner(real));
            innerReal.put(proxy, real);
            return proxy;
        });
    }

    /** An application's object as the provider sees it. */
    synchronized Object toProvider(Object x) {
        if (x == null) {
            return null;
        }
        if (x.getClass().isArray()) {
            return mapArray(x, this::toProvider);
        }
        if (innerReal.containsKey(x)) {
            return innerReal.get(x);
        }
        Class<?>[] types = telephonyInterfaces(x.getClass());
        if (types.length == 0) {
            return x;
        }
        return outer.computeIfAbsent(x, app -> {
            Object proxy = Proxy.newProxyInstance(Membrane.class.getClassLoader(), types, new Outer(app));
            outerReal.put(proxy, app);
            return proxy;
        });
    }

    private static Object mapArray(Object array, java.util.function.UnaryOperator<Object> each) {
        int n = Array.getLength(array);
        if (array.getClass().getComponentType().isPrimitive()) {
            return array;
        }
        Object out = Array.newInstance(array.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) {
            Array.set(out, i, each.apply(Array.get(array, i)));
        }
        return out;
    }

    private static Class<?>[] telephonyInterfaces(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                collect(i, out);
            }
        }
        out.removeIf(i -> !i.getName().startsWith("javax.telephony."));
        return out.toArray(new Class<?>[0]);
    }

    private static void collect(Class<?> type, Set<Class<?>> out) {
        if (out.add(type)) {
            for (Class<?> i : type.getInterfaces()) {
                collect(i, out);
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object[] each(Object[] args, java.util.function.UnaryOperator<Object> f) {
        if (args == null) {
            return null;
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = f.apply(args[i]);
        }
        return out;
    }

    /** Object methods answer for the wrapped object; equality compares what is wrapped. */
    private static Object objectMethod(Object proxy, Object wrapped, Method m, Object[] args,
            java.util.function.UnaryOperator<Object> unwrap) {
        return switch (m.getName()) {
            case "equals" -> proxy == args[0] || wrapped.equals(unwrap.apply(args[0]));
            case "hashCode" -> wrapped.hashCode();
            default -> "faulty(" + wrapped + ")";
        };
    }

    /** A provider object seen by the application. */
    private final class Inner implements InvocationHandler {
        private final Object real;

        Inner(Object real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, real, m, args, Membrane.this::toProvider);
            }
            for (Fault f : faults) {
                f.refuse(real, m);
            }
            Object result = call(real, m, each(args, Membrane.this::toProvider));
            for (Fault f : faults) {
                result = f.answer(real, m, result);
            }
            return toApplication(result);
        }
    }

    /** An application subscriber seen by the provider. */
    private final class Outer implements InvocationHandler {
        private final Object app;

        Outer(Object app) {
            this.app = app;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, app, m, args, Membrane.this::toApplication);
            }
            Object[] delivered = each(args, Membrane.this::toApplication);
            for (Fault f : faults) {
                delivered = f.deliver(m, delivered);
            }
            return call(app, m, delivered);
        }
    }
}
