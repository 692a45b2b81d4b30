package org.dialtone.tck;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.telephony.MethodNotSupportedException;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.HarnessException;
import org.dialtone.tck.spi.PropertiesHarness;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Runs each kit test against a fresh provider from the harness. Before the test: open the provider,
 * skip the test if the harness lacks what it {@link Needs}, report it not supported if the provider
 * declares it lacks a feature it {@link Requires}. During: turn a MethodNotSupportedException into a
 * failure, since the test only runs when the provider claims the feature. After: shut the provider
 * down.
 *
 * <p>The harness comes from a JUnit configuration parameter: {@link #HARNESS_KEY} (a harness this
 * JVM registered with {@link HarnessRegistry}), {@link #HARNESS_CLASS} (a {@link Harness} class with
 * a public no-argument constructor) or {@link #HARNESS_FILE} (a {@link PropertiesHarness} file).
 */
public final class TckExtension implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {
    /** Configuration parameter: the key of a harness in {@link HarnessRegistry}. */
    public static final String HARNESS_KEY = "dialtone.tck.harness.registered";
    /** Configuration parameter: the name of a {@link Harness} class. */
    public static final String HARNESS_CLASS = "dialtone.tck.harness.class";
    /** Configuration parameter: the path of a harness properties file. */
    public static final String HARNESS_FILE = "dialtone.tck.harness.file";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TckExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Harness harness = harness(context);
        Session session = Session.open(harness);
        try {
            // What the provider declares it lacks comes first: without the feature the test could
            // not run whatever the harness described.
            Set<Feature> features = features(context);
            String number = session.phones().get(session.phones().size() - 1).number();
            for (Feature feature : features) {
                if (!feature.isDeclaredBy(session.provider(), number)) {
                    throw new NotSupported(feature + ": the provider's capabilities do not declare "
                            + feature.questions());
                }
            }
            for (Need need : needs(context)) {
                if (need == Need.FAR_END ? session.farEnd().isEmpty() : !has(harness, need)) {
                    throw new NotApplicable("the harness describes " + need.description());
                }
            }
            ((TckTest) context.getRequiredTestInstance()).bind(session, features);
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
        context.getStore(NAMESPACE).put(Session.class, session);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session != null) {
            session.close();
        }
    }

    /** The kit calls an operation only when the provider claims it, so "not supported" here is a failure. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof MethodNotSupportedException) {
            Set<Feature> features = context.getTestInstance().filter(TckTest.class::isInstance)
                    .map(t -> ((TckTest) t).features()).orElseGet(() -> features(context));
            String claim = features.isEmpty() ? "a core operation, which every provider must carry out"
                    : "an operation of " + features.stream().map(f -> f + " (" + f.questions() + ")")
                            .collect(Collectors.joining(", ")) + ", which its capabilities claim";
            throw new AssertionError("the provider threw MethodNotSupportedException for " + claim + ": "
                    + thrown.getMessage(), thrown);
        }
        throw thrown;
    }

    private static boolean has(Harness harness, Need need) {
        return switch (need) {
            case EXTERNAL_NUMBER -> harness.externalNumber().isPresent();
            case ROUTE_POINT -> harness.routePoint().isPresent();
            case SHARED_LINE -> harness.sharedLine().isPresent();
            case PICKUP_GROUP -> harness.pickupGroup().isPresent();
            case FAR_END -> true; // checked against the session, which made the driver
        };
    }

    private static Set<Need> needs(ExtensionContext context) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (AnnotatedElement e : elements(context)) {
            Needs n = e.getAnnotation(Needs.class);
            if (n != null) {
                needs.addAll(List.of(n.value()));
            }
        }
        return needs;
    }

    private static Set<Feature> features(ExtensionContext context) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (AnnotatedElement e : elements(context)) {
            Requires r = e.getAnnotation(Requires.class);
            if (r != null) {
                features.addAll(List.of(r.value()));
            }
        }
        return features;
    }

    private static List<AnnotatedElement> elements(ExtensionContext context) {
        List<AnnotatedElement> out = new ArrayList<>();
        context.getTestClass().ifPresent(out::add);
        context.getTestMethod().ifPresent(out::add);
        return out;
    }

    /** The run's harness, made once per run and kept in the root context. */
    private static Harness harness(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Harness.class,
                type -> resolve(context), Harness.class);
    }

    private static Harness resolve(ExtensionContext context) {
        Optional<String> key = context.getConfigurationParameter(HARNESS_KEY);
        if (key.isPresent()) {
            return HarnessRegistry.lookup(key.get())
                    .orElseThrow(() -> new HarnessException("no harness is registered under " + key.get()));
        }
        Optional<String> type = context.getConfigurationParameter(HARNESS_CLASS);
        if (type.isPresent()) {
            return instantiate(type.get());
        }
        Optional<String> file = context.getConfigurationParameter(HARNESS_FILE);
        if (file.isPresent()) {
            return PropertiesHarness.load(Path.of(file.get()));
        }
        throw new HarnessException("no harness: set the JUnit configuration parameter " + HARNESS_FILE + ", "
                + HARNESS_CLASS + " or " + HARNESS_KEY);
    }

    private static Harness instantiate(String name) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(name, true, loader == null ? TckExtension.class.getClassLoader() : loader);
            return (Harness) type.getConstructor().newInstance();
        } catch (ClassCastException e) {
            throw new HarnessException(name + " is not a " + Harness.class.getName(), e);
        } catch (InvocationTargetException e) {
            throw new HarnessException("cannot create harness " + name + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new HarnessException("cannot create harness " + name + ": " + e, e);
        }
    }
}
