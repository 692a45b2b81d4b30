package org.dialtone.tck.run;

import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialtone.tck.spi.HarnessException;
import org.dialtone.tck.spi.PropertiesHarness;

/**
 * The kit on the command line:
 *
 * <pre>
 * java -jar tck-cli.jar [--out DIR] [--classpath JARS] [--tests REGEX] [--markdown] HARNESS.properties
 * </pre>
 *
 * <p>It checks that the peer loads and its provider comes in service, runs every area against it,
 * writes JUnit XML and the report to the output directory and prints the report. The provider's jars
 * (with its {@code javax.telephony}) come from {@code --classpath}, the harness's {@code classpath}
 * key, or the JVM's own class path; with the first two the kit runs in a class loader of its own
 * in which the provider's jars come first.
 *
 * <p>Exit status: 0 when no test failed, 1 when some did, 2 for a wrong command line or harness
 * file, 3 when the provider cannot be loaded or does not come in service. Problems are reported as
 * one line on standard error, never as a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILURES = 1;
    static final int USAGE = 2;
    static final int NO_PROVIDER = 3;

    private static final String NAME = "dialtone-tck";
    private static final String USAGE_TEXT = String.join("\n",
            "usage: java -jar tck-cli.jar [options] HARNESS.properties",
            "  --out DIR          write JUnit XML, tck-report.txt and tck-report.md here (default: tck-report)",
            "  --classpath JARS   the provider's jars, separated by '" + File.pathSeparator + "'",
            "  --tests REGEX      run only the test classes whose simple names match, e.g. 'Hold.*|Drop.*'",
            "  --markdown         print the report as Markdown instead of a plain table",
            "exit status: 0 no failures, 1 failures, 2 bad command line or harness, 3 provider unavailable");

    private Main() {
    }

    /** Runs the kit and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the kit as {@link #main} does, writing to {@code out} and {@code err}, and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Parsed command line. */
    private record Options(Path harness, Path out, List<Path> jars, String tests, boolean markdown) {
    }

    /** Entry point inside an isolated class loader: the same, without isolating again. */
    public static int runIsolated(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, true);
    }

    private static int run(String[] args, PrintStream out, PrintStream err, boolean isolated) {
        Options options;
        PropertiesHarness harness;
        try {
            options = parse(args);
            if (options == null) {
                out.println(USAGE_TEXT);
                return OK;
            }
            harness = PropertiesHarness.load(options.harness());
        } catch (IllegalArgumentException | HarnessException e) {
            err.println(NAME + ": " + oneLine(e.getMessage()));
            if (!(e instanceof HarnessException)) {
                err.println(USAGE_TEXT);
            }
            return USAGE;
        }
        List<Path> jars = new ArrayList<>(options.jars());
        jars.addAll(harness.classpath());
        if (!jars.isEmpty() && !isolated) {
            return isolate(jars, args, out, err);
        }
        return ProviderCheck.runChecked(harness, () -> {
            TckRunner.Options runOptions = new TckRunner.Options(options.out(), options.tests(), Duration.ofSeconds(60));
            TckResult result = TckRunner.run(harness, runOptions);
            out.print(options.markdown() ? TckReport.markdown(result) : TckReport.text(result));
            out.println();
            out.println("JUnit XML and the report are in " + options.out().toAbsolutePath());
            return result.hasFailures() ? FAILURES : OK;
        }, err);
    }

    private static Options parse(String[] args) {
        Path harness = null;
        Path out = Path.of("tck-report");
        List<Path> jars = new ArrayList<>();
        String tests = null;
        boolean markdown = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--classpath", "-cp" -> {
                    for (String jar : value(args, ++i, arg).split(File.pathSeparator)) {
                        if (!jar.isBlank()) {
                            jars.add(Path.of(jar));
                        }
                    }
                }
                case "--tests" -> tests = value(args, ++i, arg);
                case "--markdown" -> markdown = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (harness != null) {
                        throw new IllegalArgumentException("one harness file only, got " + harness + " and " + arg);
                    }
                    harness = Path.of(arg);
                }
            }
        }
        if (harness == null) {
            throw new IllegalArgumentException("no harness file given");
        }
        if (!Files.isRegularFile(harness)) {
            throw new IllegalArgumentException("harness file " + harness + " does not exist");
        }
        for (Path jar : jars) {
            if (!Files.exists(jar)) {
                throw new IllegalArgumentException("class path entry " + jar + " does not exist");
            }
        }
        if (tests != null) {
            try {
                java.util.regex.Pattern.compile(tests);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("--tests: not a regular expression: " + tests);
            }
        }
        return new Options(harness, out, List.copyOf(jars), tests, markdown);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * Runs the kit again in a class loader holding the provider's jars first, then this JVM's class
     * path, under the platform loader: the provider's javax.telephony is the one the kit links to.
     */
    private static int isolate(List<Path> jars, String[] args, PrintStream out, PrintStream err) {
        Set<URL> urls = new LinkedHashSet<>();
        try {
            for (Path jar : jars) {
                if (!Files.exists(jar)) {
                    err.println(NAME + ": class path entry " + jar + " does not exist");
                    return USAGE;
                }
                urls.add(jar.toUri().toURL());
            }
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            err.println(NAME + ": bad class path entry: " + oneLine(e.getMessage()));
            return USAGE;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("dialtone-tck", urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method entry = loader.loadClass(Main.class.getName()).getMethod("runIsolated", String[].class,
                    PrintStream.class, PrintStream.class);
            return (Integer) entry.invoke(null, args, out, err);
        } catch (InvocationTargetException e) {
            err.println(NAME + ": unexpected failure: " + oneLine(String.valueOf(e.getCause())));
            return NO_PROVIDER;
        } catch (ReflectiveOperationException | java.io.IOException e) {
            err.println(NAME + ": cannot start the kit in its own class loader: " + oneLine(e.toString()));
            return USAGE;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
