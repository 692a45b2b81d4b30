package org.dialtone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark and writes its figures to {@code bench/results/} (or the directory after
 * {@code --out}): {@code call-cycles.json} (JMH's format), {@code event-latency-g1.json},
 * {@code event-latency-zgc.json}, {@code held-calls.json} and {@code sip-calls.json} (skipped, saying
 * so, when SIPp is not installed), with one summary line per figure on standard output. Names given
 * on the command line ({@code cycles}, {@code latency}, {@code held}, {@code sip}) run only those.
 * The whole-program harnesses run in JVMs of their own, with a fixed heap, so that one does not
 * weigh the other's garbage. Event latency runs twice: under G1, the JVM's default
 * collector, whose young pauses of 10 to 40 ms on this kind of machine make the worst latencies,
 * and under ZGC, whose pauses stay under a millisecond, to show what the provider itself does.
 */
public final class RunBenchmarks {
    private static final Set<String> ALL = Set.of("cycles", "latency", "held", "sip");

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench", "results");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else if (ALL.contains(args[i])) {
                chosen.add(args[i]);
            } else {
                System.err.println("usage: java -jar dialtone-bench.jar [--out DIR] [cycles] [latency] [held] [sip]");
                System.exit(2);
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(List.of("cycles", "latency", "held", "sip"));
        }
        Files.createDirectories(out);
        long start = System.nanoTime();
        System.out.printf("Dialtone benchmarks on %d cores, load average %s; results in %s%n",
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage(), out.toAbsolutePath());
        if (chosen.contains("cycles")) {
            cycles(out);
        }
        if (chosen.contains("latency")) {
            harness(EventLatency.class, List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC"), out);
            harness(EventLatency.class, List.of("-Xms1g", "-Xmx1g", "-XX:+UseZGC"), out);
        }
        if (chosen.contains("held")) {
            harness(HeldCalls.class, List.of("-Xms2g", "-Xmx2g"), out);
        }
        if (chosen.contains("sip")) {
            harness(SipCalls.class, List.of("-Xms1g", "-Xmx1g"), out);
        }
        System.out.printf("done in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    /** The JMH call-cycle benchmarks: every subscriber kind, one and four threads. */
    private static void cycles(Path out) throws Exception {
        System.out.println("call cycles (JMH: 3 x 2 s warm-up, 5 x 2 s measured, per subscriber and thread count)...");
        Options options = new OptionsBuilder()
                .include(CallCycleBenchmark.class.getName())
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("call-cycles.json").toString())
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((RunResult r) -> r.getParams().getParam("subscriber"))
                .thenComparingInt(r -> r.getParams().getThreads()));
        for (RunResult r : sorted) {
            Result<?> score = r.getPrimaryResult();
            System.out.printf("call cycles, %s, %d thread%s: %,.0f cycles/s (+- %,.0f; iterations %,.0f to %,.0f)%n",
                    r.getParams().getParam("subscriber").toLowerCase(), r.getParams().getThreads(),
                    r.getParams().getThreads() == 1 ? "" : "s", score.getScore(), score.getScoreError(),
                    score.getStatistics().getMin(), score.getStatistics().getMax());
        }
    }

    /** Runs a harness's main in a new JVM with the options given, passing on its output. */
    private static void harness(Class<?> main, List<String> jvmOptions, Path out) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), out.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed with exit status " + status);
        }
    }
}
