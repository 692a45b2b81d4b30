package javax.telephony;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Static entry point that loads and returns a {@code JtapiPeer} implementation by class name, or
 * the default one, so an application can reach providers.
 */
public class JtapiPeerFactory {
    /** Class loaded when the caller names none: a bare name in the default package. */
    private static final String DEFAULT_PEER = "DefaultJtapiPeer";

    private JtapiPeerFactory() {}

    /**
     * Loads the named {@code JtapiPeer} class and returns a new instance of it. The class is looked
     * up through the current thread's context class loader first, then through the loader that
     * loaded this factory; it must implement {@code JtapiPeer} and have a public no-argument
     * constructor.
     *
     * @param string the fully qualified class name; null or empty selects {@code DefaultJtapiPeer}
     * @return a new instance of the named peer class
     * @throws JtapiPeerUnavailableException if the class cannot be found, is not a
     *     {@code JtapiPeer}, or cannot be instantiated; the message names the class and the reason
     */
    public static JtapiPeer getJtapiPeer(String string) throws JtapiPeerUnavailableException {
        String className = (string == null || string.isEmpty()) ? DEFAULT_PEER : string;
        Class<?> peerClass = loadClass(className);
        if (!JtapiPeer.class.isAssignableFrom(peerClass)) {
            throw unavailable(className, "is not a javax.telephony.JtapiPeer", null);
        }
        return (JtapiPeer) instantiate(className, peerClass);
    }

    /** Finds the class through the context loader, falling back to this factory's own loader. */
    private static Class<?> loadClass(String className) throws JtapiPeerUnavailableException {
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        ClassLoader ownLoader = JtapiPeerFactory.class.getClassLoader();
        ClassNotFoundException notFound = null;
        if (contextLoader != null) {
            try {
                return load(className, contextLoader);
            } catch (ClassNotFoundException e) {
                notFound = e;
            }
        }
        if (contextLoader == null || contextLoader != ownLoader) {
            try {
                return load(className, ownLoader);
            } catch (ClassNotFoundException e) {
                notFound = e;
            }
        }
        throw unavailable(className,
                "was not found by the context class loader or the JtapiPeerFactory class loader",
                notFound);
    }

    /** Loads without initializing, so that static-initializer failures surface at instantiation. */
    private static Class<?> load(String className, ClassLoader loader)
            throws ClassNotFoundException, JtapiPeerUnavailableException {
        try {
            return Class.forName(className, false, loader);
        } catch (LinkageError e) {
            // Found, but broken (for example a class it depends on is missing): report, don't retry.
            throw unavailable(className, "could not be loaded: " + e, e);
        }
    }

    /** Calls the public no-argument constructor, turning every failure into a clear message. */
    private static Object instantiate(String className, Class<?> peerClass)
            throws JtapiPeerUnavailableException {
        if (Modifier.isAbstract(peerClass.getModifiers())) {
            throw unavailable(className, "is abstract or an interface and cannot be instantiated",
                    null);
        }
        Constructor<?> constructor;
        try {
            constructor = peerClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw unavailable(className, "has no public no-argument constructor", e);
        } catch (SecurityException e) {
            throw unavailable(className, "cannot be inspected: " + e, e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            throw unavailable(className, "constructor threw " + thrown, thrown);
        } catch (IllegalAccessException e) {
            throw unavailable(className, "is not accessible (the class must be public): " + e, e);
        } catch (InstantiationException e) {
            throw unavailable(className, "cannot be instantiated: " + e, e);
        } catch (ExceptionInInitializerError e) {
            throw unavailable(className, "static initializer threw " + e.getCause(), e.getCause());
        } catch (LinkageError e) {
            throw unavailable(className, "could not be linked: " + e, e);
        }
    }

    private static JtapiPeerUnavailableException unavailable(String className, String reason,
            Throwable cause) {
        JtapiPeerUnavailableException failure =
                new JtapiPeerUnavailableException("JtapiPeer class " + className + " " + reason);
        if (cause != null) {
            failure.initCause(cause);
        }
        return failure;
    }
}
