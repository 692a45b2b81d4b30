package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JtapiPeerFactoryTest {

    private ClassLoader savedContextLoader;

    @BeforeEach
    void saveContextLoader() {
        savedContextLoader = Thread.currentThread().getContextClassLoader();
    }

    @AfterEach
    void restoreContextLoader() {
        Thread.currentThread().setContextClassLoader(savedContextLoader);
    }

    // --- successful loading -------------------------------------------------------------------

    @Test
    void namedPeerClassIsInstantiated() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(WorkingPeer.class.getName());

        assertThat(peer).isInstanceOf(WorkingPeer.class);
        assertThat(peer.getName()).isEqualTo("working");
    }

    @Test
    void eachCallReturnsANewInstance() throws Exception {
        String name = WorkingPeer.class.getName();

        assertThat(JtapiPeerFactory.getJtapiPeer(name))
                .isNotSameAs(JtapiPeerFactory.getJtapiPeer(name));
    }

    @Test
    void nullNameLoadsDefaultJtapiPeer() throws Exception {
        assertThat(JtapiPeerFactory.getJtapiPeer(null).getClass().getName())
                .isEqualTo("DefaultJtapiPeer");
    }

    @Test
    void emptyNameLoadsDefaultJtapiPeer() throws Exception {
        assertThat(JtapiPeerFactory.getJtapiPeer("").getClass().getName())
                .isEqualTo("DefaultJtapiPeer");
    }

    // --- class loaders -------------------------------------------------------------------------

    @Test
    void contextClassLoaderIsAskedFirst() throws Exception {
        RecordingLoader recorder = new RecordingLoader(getClass().getClassLoader());
        Thread.currentThread().setContextClassLoader(recorder);

        JtapiPeerFactory.getJtapiPeer(WorkingPeer.class.getName());

        assertThat(recorder.requested).containsExactly(WorkingPeer.class.getName());
    }

    @Test
    void classVisibleOnlyToContextLoaderIsLoadedFromIt() throws Exception {
        OwnCopyLoader ownCopy = new OwnCopyLoader(getClass().getClassLoader(),
                WorkingPeer.class.getName()::equals);
        Thread.currentThread().setContextClassLoader(ownCopy);

        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(WorkingPeer.class.getName());

        // The context loader defined its own copy; the factory's loader would have given WorkingPeer.
        assertThat(peer.getClass().getClassLoader()).isSameAs(ownCopy);
        assertThat(peer.getClass()).isNotSameAs(WorkingPeer.class);
        assertThat(peer.getName()).isEqualTo("working");
    }

    @Test
    void factoryLoaderIsUsedWhenContextLoaderCannotFindTheClass() throws Exception {
        Thread.currentThread().setContextClassLoader(new EmptyLoader());

        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(WorkingPeer.class.getName());

        assertThat(peer).isInstanceOf(WorkingPeer.class);
    }

    @Test
    void factoryLoaderIsUsedWhenThereIsNoContextLoader() throws Exception {
        Thread.currentThread().setContextClassLoader(null);

        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(WorkingPeer.class.getName());

        assertThat(peer).isInstanceOf(WorkingPeer.class);
    }

    // --- failures ------------------------------------------------------------------------------

    @Test
    void unknownClassFailsNamingTheClass() {
        JtapiPeerUnavailableException e = failureFor("com.example.NoSuchPeer");

        assertThat(e).hasMessageContaining("com.example.NoSuchPeer")
                .hasMessageContaining("not found")
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void unknownClassFailsWithoutContextLoaderToo() {
        Thread.currentThread().setContextClassLoader(null);

        assertThat(failureFor("com.example.NoSuchPeer"))
                .hasMessageContaining("com.example.NoSuchPeer")
                .hasMessageContaining("not found");
    }

    @Test
    void nullNameFailsNamingDefaultJtapiPeerWhenNoneIsInstalled() throws Exception {
        // Run a private copy of the API in a loader that cannot see the test DefaultJtapiPeer.
        ClassLoader parent = getClass().getClassLoader();
        OwnCopyLoader isolated = new OwnCopyLoader(parent,
                name -> name.startsWith("javax.telephony.") && !name.contains("Test"));
        Class<?> factory = isolated.loadClass(JtapiPeerFactory.class.getName());
        assertThat(factory).isNotSameAs(JtapiPeerFactory.class);
        Thread.currentThread().setContextClassLoader(new EmptyLoader());

        Throwable thrown = catchThrowableOfType(InvocationTargetException.class,
                () -> factory.getMethod("getJtapiPeer", String.class).invoke(null, (Object) null))
                .getCause();

        assertThat(thrown.getClass().getName())
                .isEqualTo(JtapiPeerUnavailableException.class.getName());
        assertThat(thrown).hasMessageContaining("DefaultJtapiPeer")
                .hasMessageContaining("not found");
    }

    @Test
    void classThatIsNotAJtapiPeerFails() {
        assertThat(failureFor("java.lang.String"))
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining("is not a javax.telephony.JtapiPeer");
    }

    @Test
    void peerWithoutNoArgConstructorFails() {
        String name = PeerNeedingArgument.class.getName();

        assertThat(failureFor(name)).hasMessageContaining(name)
                .hasMessageContaining("no public no-argument constructor");
    }

    @Test
    void peerWithPrivateConstructorFails() {
        String name = PeerWithPrivateConstructor.class.getName();

        assertThat(failureFor(name)).hasMessageContaining(name)
                .hasMessageContaining("no public no-argument constructor");
    }

    @Test
    void abstractPeerFails() {
        String name = AbstractPeer.class.getName();

        assertThat(failureFor(name)).hasMessageContaining(name)
                .hasMessageContaining("abstract");
    }

    @Test
    void peerInterfaceItselfCannotBeInstantiated() {
        assertThat(failureFor("javax.telephony.JtapiPeer"))
                .hasMessageContaining("javax.telephony.JtapiPeer")
                .hasMessageContaining("cannot be instantiated");
    }

    @Test
    void nonPublicPeerClassFails() throws Exception {
        String name = "javax.telephony.testpeers.HiddenPeer";
        Class<?> hidden = Class.forName(name);
        assertThat(Modifier.isPublic(hidden.getModifiers())).isFalse();

        assertThat(failureFor(name)).hasMessageContaining(name)
                .hasMessageContaining("not accessible");
    }

    @Test
    void constructorFailureIsReportedWithItsMessageAndCause() {
        String name = FailingPeer.class.getName();

        JtapiPeerUnavailableException e = failureFor(name);

        assertThat(e).hasMessageContaining(name)
                .hasMessageContaining("constructor threw")
                .hasMessageContaining("switch offline")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void staticInitializerFailureIsReported() {
        String name = PeerWithBrokenStaticInit.class.getName();

        JtapiPeerUnavailableException e = failureFor(name);

        assertThat(e).hasMessageContaining(name)
                .hasMessageContaining("static initializer")
                .hasMessageContaining("no configuration");
    }

    @Test
    void factoryHasOnlyAPrivateConstructor() {
        Constructor<?>[] constructors = JtapiPeerFactory.class.getDeclaredConstructors();

        assertThat(constructors).hasSize(1);
        assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    }

    private static JtapiPeerUnavailableException failureFor(String name) {
        JtapiPeerUnavailableException e = catchThrowableOfType(JtapiPeerUnavailableException.class,
                () -> JtapiPeerFactory.getJtapiPeer(name));
        assertThat(e).as("expected JtapiPeerUnavailableException for %s", name).isNotNull();
        return e;
    }

    // --- fixtures ------------------------------------------------------------------------------

    /** Minimal peer; the concrete subclasses below vary only in how they can be constructed. */
    public abstract static class AbstractPeer implements JtapiPeer {
        @Override
        public String getName() {
            return "working";
        }

        @Override
        public String[] getServices() {
            return new String[0];
        }

        @Override
        public Provider getProvider(String service) {
            throw new ProviderUnavailableException(
                    ProviderUnavailableException.CAUSE_INVALID_SERVICE);
        }
    }

    public static class WorkingPeer extends AbstractPeer {
    }

    public static class PeerNeedingArgument extends AbstractPeer {
        public PeerNeedingArgument(String config) {
        }
    }

    public static class PeerWithPrivateConstructor extends AbstractPeer {
        private PeerWithPrivateConstructor() {
        }
    }

    public static class FailingPeer extends AbstractPeer {
        public FailingPeer() {
            throw new IllegalStateException("switch offline");
        }
    }

    public static class PeerWithBrokenStaticInit extends AbstractPeer {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("no configuration");
            }
        }
    }

    /** Delegates everything, remembering which names were asked for through loadClass. */
    private static final class RecordingLoader extends ClassLoader {
        final List<String> requested = new ArrayList<>();

        RecordingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }

    /** Finds no class at all, like a loader that cannot see the application's classes. */
    private static final class EmptyLoader extends ClassLoader {
        EmptyLoader() {
            super(null);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            throw new ClassNotFoundException(name);
        }
    }

    /**
     * Defines its own copies of the selected classes (child first) and delegates everything else,
     * except {@code DefaultJtapiPeer}, which it never finds.
     */
    private static final class OwnCopyLoader extends ClassLoader {
        private final Predicate<String> ownNames;

        OwnCopyLoader(ClassLoader parent, Predicate<String> ownNames) {
            super(parent);
            this.ownNames = ownNames;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals("DefaultJtapiPeer")) {
                throw new ClassNotFoundException(name);
            }
            if (!ownNames.test(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineOwnCopy(name);
            }
        }

        private Class<?> defineOwnCopy(String name) throws ClassNotFoundException {
            String resource = name.replace('.', '/') + ".class";
            try (InputStream in = getParent().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
