package org.dialtone.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlEvent;

/**
 * Watches addresses and their terminals through JTAPI 1.4 listeners and prints every event it
 * receives as one line: time, call, object, what happened, cause, and the meta event bracketing it.
 *
 * <pre>
 * 22:06:00.930  call #2   Connection 1002                 callctl ALERTING          NORMAL              [PROGRESS]
 * 22:06:00.931  call #2   TerminalConnection 1002@1002    RINGING                   NORMAL              [PROGRESS]
 * 22:06:01.047  call #1   TerminalConnection 1001@1001    DROPPED                   TRANSFER            [TRANSFER]
 * </pre>
 *
 * <p>A meta event has a line of its own ({@code TRANSFER STARTED}), ending with the calls it
 * names for a multi-call one: {@code old call #1, call #2; new call #1}.
 *
 * <p>Core and call-control events are both printed, as the provider sends both to a call-control
 * listener ({@code callctl} marks the latter). Calls are numbered by {@link CallNames}.
 *
 * <p>Command line: {@code CallMonitor PEER PROVIDER-STRING ADDRESS... [--seconds=N]}; it runs until
 * its standard input ends (Ctrl-D) or N seconds have passed.
 */
public final class CallMonitor implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream out;
    private final Clock clock;
    private final CallNames names;
    private final Printer printer = new Printer();
    private final List<Runnable> removals = new ArrayList<>();
    private final AtomicLong events = new AtomicLong();
    private final Object quiet = new Object();
    private long lastEventNanos = System.nanoTime(); // guarded by quiet

    /**
     * A monitor that prints to {@code out}, stamping lines with {@code clock}'s time of day and
     * naming calls with {@code names}. It watches nothing until told to.
     */
    public CallMonitor(PrintStream out, Clock clock, CallNames names) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Prints the provider's events (in service, out of service, shut down). */
    public synchronized void watch(Provider provider) throws MethodNotSupportedException, ResourceUnavailableException {
        provider.addProviderListener(printer);
        removals.add(() -> provider.removeProviderListener(printer));
    }

    /**
     * Prints the events of {@code address} and of every call it takes part in, and does the same for
     * each of its terminals.
     */
    public synchronized void watch(Address address) throws MethodNotSupportedException, ResourceUnavailableException {
        address.addAddressListener(printer);
        removals.add(() -> address.removeAddressListener(printer));
        address.addCallListener(printer);
        removals.add(() -> address.removeCallListener(printer));
        Terminal[] terminals = address.getTerminals();
        if (terminals != null) {
            for (Terminal terminal : terminals) {
                watch(terminal);
            }
        }
    }

    /** Prints the events of {@code terminal} and of every call it takes part in. */
    public synchronized void watch(Terminal terminal) throws MethodNotSupportedException, ResourceUnavailableException {
        terminal.addTerminalListener(printer);
        removals.add(() -> terminal.removeTerminalListener(printer));
        terminal.addCallListener(printer);
        removals.add(() -> terminal.removeCallListener(printer));
    }

    /** How many events the monitor has printed. */
    public long eventCount() {
        return events.get();
    }

    /**
     * Waits until no event has arrived for {@code silence}, counted from the later of the last
     * event and this call, or until {@code atMost} has passed: the demo uses it so that the events a
     * step caused are printed before the next step's lines.
     */
    public void awaitQuiet(Duration silence, Duration atMost) throws InterruptedException {
        long called = System.nanoTime();
        long deadline = called + atMost.toNanos();
        synchronized (quiet) {
            while (true) {
                long now = System.nanoTime();
                long quietFor = now - Math.max(lastEventNanos, called);
                if (quietFor >= silence.toNanos() || now >= deadline) {
                    return;
                }
                long wait = Math.min(silence.toNanos() - quietFor, deadline - now);
                quiet.wait(Math.max(1, wait / 1_000_000));
            }
        }
    }

    /** Stops listening everywhere it was told to watch. */
    @Override
    public synchronized void close() {
        removals.forEach(Runnable::run);
        removals.clear();
    }

    /** The line printed for {@code event}, without a line end. */
    String line(Event event) {
        String time = LocalTime.now(clock).format(TIME);
        String call = callOf(event).map(names::nameOf).orElse("-");
        String meta = event instanceof MetaEvent ? metaDetails(event) : bracket(event.getMetaEvent());
        String text = String.format("%s  %-8s  %-30s  %-24s  %-18s  %s", time, call, objectOf(event),
                Names.event(event.getID()), causeOf(event), meta);
        return text.stripTrailing();
    }

    private static Optional<Call> callOf(Event event) {
        Call call = null;
        if (event instanceof CallEvent) {
            call = ((CallEvent) event).getCall();
        } else if (event instanceof SingleCallMetaEvent) {
            call = ((SingleCallMetaEvent) event).getCall();
        } else if (event instanceof MultiCallMetaEvent) {
            call = ((MultiCallMetaEvent) event).getNewCall();
        }
        return Optional.ofNullable(call);
    }

    private static String objectOf(Event event) {
        if (event instanceof ConnectionEvent) {
            return "Connection " + addressOf(((ConnectionEvent) event).getConnection());
        }
        if (event instanceof TerminalConnectionEvent) {
            TerminalConnection tc = ((TerminalConnectionEvent) event).getTerminalConnection();
            String terminal = tc == null || tc.getTerminal() == null ? "?" : tc.getTerminal().getName();
            return "TerminalConnection " + terminal + "@" + addressOf(tc == null ? null : tc.getConnection());
        }
        if (event instanceof CallEvent || event instanceof MetaEvent) {
            return "Call";
        }
        if (event instanceof AddressEvent) {
            Address address = ((AddressEvent) event).getAddress();
            return "Address " + (address == null ? "?" : address.getName());
        }
        if (event instanceof TerminalEvent) {
            Terminal terminal = ((TerminalEvent) event).getTerminal();
            return "Terminal " + (terminal == null ? "?" : terminal.getName());
        }
        if (event instanceof ProviderEvent) {
            return "Provider";
        }
        return event.getClass().getSimpleName();
    }

    private static String addressOf(Connection connection) {
        return connection == null || connection.getAddress() == null ? "?" : connection.getAddress().getName();
    }

    /** The call-control cause where it says more than the core one (BUSY, TRANSFER, PARK...). */
    private static String causeOf(Event event) {
        if (event instanceof CallControlEvent) {
            int callControlCause = ((CallControlEvent) event).getCallControlCause();
            if (callControlCause >= CallControlEvent.CAUSE_ALTERNATE
                    && callControlCause <= CallControlEvent.CAUSE_UNHOLD) {
                return Names.cause(callControlCause);
            }
        }
        return Names.cause(event.getCause());
    }

    private static String bracket(MetaEvent meta) {
        return meta == null ? "" : "[" + Names.bracket(meta.getID()) + "]";
    }

    private String metaDetails(Event event) {
        if (!(event instanceof MultiCallMetaEvent)) {
            return "";
        }
        MultiCallMetaEvent multi = (MultiCallMetaEvent) event;
        StringJoiner old = new StringJoiner(", ", "old ", "");
        Call[] oldCalls = multi.getOldCalls();
        if (oldCalls != null) {
            for (Call call : oldCalls) {
                old.add(names.nameOf(call));
            }
        }
        Call newCall = multi.getNewCall();
        return old + "; new " + (newCall == null ? "none" : names.nameOf(newCall));
    }

    /** The one listener the monitor adds everywhere, so the provider sends each event once. */
    private final class Printer extends EventFunnel {
        @Override
        protected void onEvent(Event event) {
            out.println(line(event));
            events.incrementAndGet();
            synchronized (quiet) {
                lastEventNanos = System.nanoTime();
                quiet.notifyAll();
            }
        }
    }

    /** Runs the monitor from a command line; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the monitor: opens the provider, watches the addresses (and their terminals), prints
     * events until {@code in} ends or {@code --seconds} pass, then shuts the provider down.
     *
     * @return the exit status: 0, {@link SampleArgs#EXIT_USAGE} or {@link SampleArgs#EXIT_FAILURE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        SampleArgs parsed;
        try {
            parsed = SampleArgs.parse(args, 1, Set.of("seconds"));
            parsed.seconds("seconds", Duration.ZERO);
        } catch (IllegalArgumentException e) {
            err.println("CallMonitor: " + e.getMessage());
            err.println("usage: CallMonitor PEER PROVIDER-STRING ADDRESS... [--seconds=N]");
            return SampleArgs.EXIT_USAGE;
        }
        Provider provider = null;
        try {
            provider = parsed.openProvider();
            try (CallMonitor monitor = new CallMonitor(out, Clock.systemDefaultZone(), new CallNames())) {
                monitor.watch(provider);
                List<String> watched = new ArrayList<>();
                for (String name : parsed.words()) {
                    Address address = SampleArgs.address(provider, name);
                    monitor.watch(address);
                    watched.add(describe(address));
                }
                out.println("monitoring " + String.join(", ", watched) + " on " + parsed.providerString() + "; "
                        + parsed.option("seconds").map(s -> "stopping after " + s + " s").orElse("end of input stops"));
                waitUntilDone(in, parsed.seconds("seconds", Duration.ZERO));
            }
            return 0;
        } catch (Exception e) {
            err.println("CallMonitor: " + e);
            return SampleArgs.EXIT_FAILURE;
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }

    private static String describe(Address address) {
        StringJoiner terminals = new StringJoiner(", ", " (terminal ", ")").setEmptyValue("");
        Terminal[] on = address.getTerminals();
        if (on != null) {
            for (Terminal terminal : on) {
                terminals.add(terminal.getName());
            }
        }
        return address.getName() + terminals;
    }

    /** Reads (and ignores) input until it ends, or waits {@code seconds} when that is not zero. */
    private static void waitUntilDone(InputStream in, Duration seconds) throws IOException, InterruptedException {
        if (!seconds.isZero()) {
            Thread.sleep(seconds.toMillis());
            return;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (reader.readLine() != null) {
            // a monitor takes no commands; it only waits for its input to end
        }
    }
}
