package org.dialtone.tck.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dialtone.tck.Area;
import org.dialtone.tck.NotSupported;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects each kit test's outcome for the report: an abort because the provider declares it lacks
 * a feature is "not supported", any other abort "skipped". A test class that fails as a whole (before
 * its tests could run) is recorded as one failure of its area.
 */
final class ReportListener implements TestExecutionListener {
    private final List<TestRecord> records = new ArrayList<>();

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            records.add(record(id, Outcome.SKIPPED, "skipped: " + reason));
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        boolean classLevel = id.isContainer() && id.getSource().filter(ClassSource.class::isInstance).isPresent();
        if (!id.isTest() && !(classLevel && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)) {
            return;
        }
        Optional<Throwable> thrown = result.getThrowable();
        String message = thrown.map(ReportListener::message).orElse("");
        Outcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case FAILED -> Outcome.FAILED;
            case ABORTED -> thrown.filter(NotSupported.class::isInstance).isPresent() ? Outcome.NOT_SUPPORTED
                    : Outcome.SKIPPED;
        };
        records.add(record(id, outcome, message));
    }

    synchronized List<TestRecord> records() {
        return List.copyOf(records);
    }

    private static TestRecord record(TestIdentifier id, Outcome outcome, String message) {
        Class<?> type = testClass(id.getSource().orElse(null));
        String area = type == null ? "(unknown)" : Optional.ofNullable(type.getAnnotation(Area.class))
                .map(Area::value).orElse(type.getSimpleName());
        String name = id.isTest() ? id.getDisplayName() : "(the whole class)";
        return new TestRecord(area, type == null ? "?" : type.getSimpleName(), name, outcome, message);
    }

    private static Class<?> testClass(TestSource source) {
        try {
            if (source instanceof MethodSource m) {
                return m.getJavaClass();
            }
            if (source instanceof ClassSource c) {
                return c.getJavaClass();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** An assertion's or an abort's message as it is; anything else thrown also names its type. */
    private static String message(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        if (t instanceof AssertionError || t instanceof org.opentest4j.TestAbortedException) {
            return m.isEmpty() ? t.getClass().getName() : m;
        }
        return m.isEmpty() ? t.getClass().getName() : t.getClass().getName() + ": " + m;
    }
}
