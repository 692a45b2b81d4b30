package org.dialtone.samples.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.dialtone.samples.AttendantConsole;
import org.dialtone.samples.CallMonitor;
import org.dialtone.sim.SimSwitch;

/**
 * The demo's script: steps, each a few actions, either commands typed at the attendant console or
 * things the people at the other phones do (played by the sim switch). Every action is printed
 * before it runs; after each step the story lets the monitor print that step's events.
 */
final class Story {
    private static final Duration QUIET = Duration.ofMillis(60);
    private static final Duration MAX_SETTLE = Duration.ofSeconds(2);

    /** A step of the story and whether all its actions worked. */
    record Step(String title, boolean ok) {
    }

    private final PrintStream out;
    private final ByteArrayOutputStream consoleOutput;
    private final AttendantConsole console;
    private final CallMonitor monitor;
    private final SimSwitch sim;
    private final List<Step> steps = new ArrayList<>();

    /**
     * A story told on {@code out}; the console prints into {@code consoleOutput}, which the story
     * copies to {@code out} once the events a command caused are printed, so each command reads
     * as: the command, its events, its outcome.
     */
    Story(PrintStream out, ByteArrayOutputStream consoleOutput, AttendantConsole console, CallMonitor monitor,
            SimSwitch sim) {
        this.out = out;
        this.consoleOutput = consoleOutput;
        this.console = console;
        this.monitor = monitor;
        this.sim = sim;
    }

    /** Plays the story and returns its steps, in order. */
    List<Step> play() {
        step("A call from 5550100 rings the attendant",
                phone("5550100 calls 1001", () -> sim.call("5550100", "1001")),
                attendant("wait ringing"));
        step("The attendant answers", attendant("answer"));
        step("The attendant puts the caller on hold", attendant("hold"));
        step("The attendant takes the caller back", attendant("unhold"));
        step("The attendant consults 1002, who answers",
                phone("1002 will answer", () -> sim.party("1002").willAnswer()),
                attendant("consult 1002"),
                attendant("wait answered"));
        step("The attendant transfers the caller to 1002", attendant("transfer"));
        step("A call from 5550123 rings the attendant, who answers",
                phone("5550123 calls 1001", () -> sim.call("5550123", "1001")),
                attendant("wait ringing"),
                attendant("answer"));
        step("The attendant consults 1003, who answers",
                phone("1003 will answer", () -> sim.party("1003").willAnswer()),
                attendant("consult 1003"),
                attendant("wait answered"));
        step("The attendant joins the three in a conference", attendant("conference"));
        step("The attendant ends the conference", attendant("drop"), attendant("wait idle"));
        step("1002 hangs up on the transferred caller", phone("1002 hangs up", () -> sim.party("1002").hangUp()));
        return List.copyOf(steps);
    }

    private void step(String title, BooleanSupplier... actions) {
        out.println();
        out.println("== " + (steps.size() + 1) + ". " + title);
        boolean ok = true;
        for (BooleanSupplier action : actions) {
            if (!action.getAsBoolean()) {
                ok = false;
                break;
            }
        }
        settle();
        steps.add(new Step(title, ok));
    }

    private BooleanSupplier attendant(String command) {
        return () -> {
            out.println("attendant> " + command);
            boolean ok = console.execute(command);
            settle();
            synchronized (consoleOutput) {
                out.print(consoleOutput.toString(StandardCharsets.UTF_8));
                consoleOutput.reset();
            }
            return ok;
        };
    }

    private void settle() {
        try {
            monitor.awaitQuiet(QUIET, MAX_SETTLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BooleanSupplier phone(String what, Runnable action) {
        return () -> {
            out.println("switch> " + what);
            try {
                action.run();
                return true;
            } catch (RuntimeException e) {
                out.println("the switch could not do it: " + e.getMessage());
                return false;
            }
        };
    }
}
