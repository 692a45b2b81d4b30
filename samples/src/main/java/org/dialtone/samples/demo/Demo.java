package org.dialtone.samples.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import org.dialtone.samples.AttendantConsole;
import org.dialtone.samples.CallMonitor;
import org.dialtone.samples.CallNames;
import org.dialtone.samples.SampleArgs;
import org.dialtone.sim.SimSwitch;

/**
 * README's run command: an attendant at 1001 on an in-memory switch goes through a short story
 * (a call comes in, is answered, held, taken back, consulted, transferred; another one becomes a
 * conference of three, which is then ended) by typing commands at the {@link AttendantConsole},
 * while the {@link CallMonitor} prints every JTAPI event of 1001, 1002 and 1003. A summary ends it;
 * the exit status is 0 when every step worked and no call is left.
 *
 * <p>The console and the monitor know only {@code javax.telephony}; the demo itself also plays the
 * people at the other phones through the sim switch's scripting API.
 */
public final class Demo {
    private static final String ATTENDANT = "1001";
    private static final List<String> WATCHED = List.of("1001", "1002", "1003");
    private static final Duration QUIET = Duration.ofMillis(60);
    private static final Duration MAX_SETTLE = Duration.ofSeconds(2);

    private final PrintStream out;

    private Demo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo and exits with its status. */
    public static void main(String[] args) {
        // Dialtone logs through slf4j and ships no binding; the demo has nothing to log, so it
        // keeps slf4j from warning that there is no binding.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(System.out));
    }

    /**
     * Runs the story on a fresh sim provider, printing it to {@code out}.
     *
     * @return 0 if every step worked and the switch ended with no call, 1 otherwise
     */
    public static int run(PrintStream out) {
        try {
            return new Demo(out).play();
        } catch (Exception e) {
            out.println("the demo could not run: " + e);
            return SampleArgs.EXIT_FAILURE;
        }
    }

    private int play() throws Exception {
        long started = System.nanoTime();
        // Dialtone's jar makes it the default peer (class DefaultJtapiPeer), as any JTAPI application finds it
        Provider provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim");
        SimSwitch sim = SimSwitch.of(provider).orElseThrow();
        CallNames names = new CallNames();
        CallMonitor monitor = new CallMonitor(out, Clock.systemDefaultZone(), names);
        Address attendant = provider.getAddress(ATTENDANT);
        ByteArrayOutputStream consoleOutput = new ByteArrayOutputStream();
        AttendantConsole console = new AttendantConsole(provider, attendant, attendant.getTerminals()[0],
                new PrintStream(consoleOutput, true, StandardCharsets.UTF_8), names);
        List<Story.Step> steps;
        int callsLeft;
        try {
            introduce();
            for (String watched : WATCHED) {
                monitor.watch(provider.getAddress(watched));
            }
            console.start();
            steps = new Story(out, consoleOutput, console, monitor, sim).play();
            callsLeft = Calls.awaitNone(provider, WATCHED, Duration.ofSeconds(5));
            monitor.awaitQuiet(QUIET, MAX_SETTLE);
        } finally {
            console.close();
            monitor.close();
            provider.shutdown();
        }
        return summarize(steps, console, monitor, names, callsLeft, Duration.ofNanos(System.nanoTime() - started));
    }

    private void introduce() {
        out.println("Dialtone demo: an attendant at " + ATTENDANT + " on Dialtone's in-memory switch (sim).");
        out.println("  'attendant>' lines are commands typed at the attendant console, answered by 'ok' or 'error';");
        out.println("  'switch>' lines are the people at the other phones, played by the sim switch;");
        out.println("  the other lines are the call monitor: time, call, object, event, cause, meta event bracket.");
    }

    private int summarize(List<Story.Step> steps, AttendantConsole console, CallMonitor monitor, CallNames names,
            int callsLeft, Duration took) {
        out.println();
        out.println("================================ Summary ================================");
        int failed = 0;
        for (int i = 0; i < steps.size(); i++) {
            Story.Step step = steps.get(i);
            String title = String.format("%2d. %s ", i + 1, step.title());
            out.println(title + ".".repeat(Math.max(3, 64 - title.length())) + " " + (step.ok() ? "ok" : "FAILED"));
            failed += step.ok() ? 0 : 1;
        }
        out.println("Attendant console: " + console.commandCount() + " commands, " + console.failureCount()
                + " failed");
        out.println("Call monitor:      " + monitor.eventCount() + " events of " + names.count() + " calls");
        out.println("Calls left:        " + callsLeft);
        out.println("Finished in " + String.format("%.1f", took.toMillis() / 1000.0) + " s: "
                + (failed == 0 && callsLeft == 0 ? "every step worked" : failed + " step(s) failed"));
        return failed == 0 && callsLeft == 0 ? 0 : SampleArgs.EXIT_FAILURE;
    }
}
