package org.dialtone.tck.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dialtone.tck.HarnessRegistry;
import org.dialtone.tck.TckExtension;
import org.dialtone.tck.area.Areas;
import org.dialtone.tck.spi.Harness;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs the kit's area tests against a harness with the JUnit Platform Launcher, in this JVM. With a
 * report directory it writes JUnit XML there (the platform's {@link LegacyXmlReportGeneratingListener})
 * and the human report ({@link TckReport}).
 *
 * <pre>{@code
 * TckResult result = TckRunner.run(myHarness, TckRunner.Options.reportingTo(Path.of("target/tck")));
 * }</pre>
 */
public final class TckRunner {

    /**
     * How to run.
     *
     * @param reportDirectory where to write JUnit XML and the report, or null for none
     * @param classFilter a regular expression the simple names of the test classes to run must match
     *     (e.g. {@code "Hold.*|Drop.*"}), or null for all
     * @param testTimeout the longest one test may take before JUnit stops it
     */
    public record Options(Path reportDirectory, String classFilter, Duration testTimeout) {
        /** Checks the timeout and the filter. */
        public Options {
            Objects.requireNonNull(testTimeout, "testTimeout");
            if (classFilter != null) {
                Pattern.compile(classFilter);
            }
        }

        /** Every test, reports written to {@code directory}, 60 s at most per test. */
        public static Options reportingTo(Path directory) {
            return new Options(directory, null, Duration.ofSeconds(60));
        }

        /** Every test, no files written, 60 s at most per test. */
        public static Options inMemory() {
            return new Options(null, null, Duration.ofSeconds(60));
        }

        /** The same options, running only the classes whose simple names match {@code regex}. */
        public Options only(String regex) {
            return new Options(reportDirectory, regex, testTimeout);
        }
    }

    private TckRunner() {
    }

    /** Runs the kit against {@code harness}, handed to the tests through {@link HarnessRegistry}. */
    public static TckResult run(Harness harness, Options options) {
        String key = HarnessRegistry.register(harness);
        try {
            return run(Map.of(TckExtension.HARNESS_KEY, key), harness.description(), options);
        } finally {
            HarnessRegistry.unregister(key);
        }
    }

    /**
     * Runs the kit with the harness named by JUnit configuration parameters (see {@link TckExtension}).
     *
     * @param subject what is tested, for the report's title
     */
    public static TckResult run(Map<String, String> harnessParameters, String subject, Options options) {
        Map<String, String> parameters = new LinkedHashMap<>(harnessParameters);
        parameters.put("junit.jupiter.execution.timeout.default", options.testTimeout().toMillis() + " ms");
        parameters.put("junit.jupiter.extensions.autodetection.enabled", "false");
        parameters.put("junit.jupiter.execution.parallel.enabled", "false");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors(options.classFilter()))
                .configurationParameters(parameters)
                .build();
        ReportListener report = new ReportListener();
        List<TestExecutionListener> listeners = new ArrayList<>();
        listeners.add(report);
        StringWriter xmlErrors = new StringWriter();
        if (options.reportDirectory() != null) {
            listeners.add(new LegacyXmlReportGeneratingListener(options.reportDirectory(), new PrintWriter(xmlErrors)));
        }
        Launcher launcher = LauncherFactory.create();
        long start = System.nanoTime();
        launcher.execute(request, listeners.toArray(new TestExecutionListener[0]));
        TckResult result = new TckResult(subject, report.records(), Duration.ofNanos(System.nanoTime() - start));
        if (options.reportDirectory() != null) {
            if (!xmlErrors.toString().isBlank()) {
                throw new IllegalStateException("writing JUnit XML failed: " + xmlErrors.toString().strip());
            }
            TckReport.write(result, options.reportDirectory());
        }
        return result;
    }

    private static List<DiscoverySelector> selectors(String classFilter) {
        Pattern filter = classFilter == null ? null : Pattern.compile(classFilter);
        List<DiscoverySelector> out = new ArrayList<>();
        for (Class<?> type : Areas.ALL) {
            if (filter == null || filter.matcher(type.getSimpleName()).matches()) {
                out.add(DiscoverySelectors.selectClass(type));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no test class of the kit matches '" + classFilter + "'");
        }
        return out;
    }
}
