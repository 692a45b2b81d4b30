package org.dialtone.samples;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.InvalidPartyException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;

/**
 * Click-to-dial, third-party call control: the application places a call from one address (its
 * terminal) to another number, waits for the far end, and reports what happened.
 *
 * <p>Command line: {@code ClickToDial PEER PROVIDER-STRING FROM TO [--terminal=NAME]
 * [--ring-timeout=SECONDS]}. It prints a line per step and exits with the {@link Outcome}'s status:
 * 0 answered, 2 busy, 3 no answer, 4 failed otherwise; 1 if it could not call at all, 64 for a
 * wrong command line. When the far end answers, the call stays up: the two phones talk, and the
 * application is done.
 */
public final class ClickToDial {
    /** How long the far end may ring before the application gives up, unless told otherwise. */
    public static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(45);

    /** How a click-to-dial call ended, and the exit status that says so. */
    public enum Outcome {
        /** The far end answered: the two parties talk. */
        ANSWERED(0),
        /** The far end was busy. */
        BUSY(2),
        /** The far end rang and nobody answered, before the switch or the application gave up. */
        NO_ANSWER(3),
        /** The call failed otherwise: rejected, an unknown number, the caller hung up. */
        FAILED(4);

        private final int exitStatus;

        Outcome(int exitStatus) {
            this.exitStatus = exitStatus;
        }

        /** The process exit status for this outcome. */
        public int exitStatus() {
            return exitStatus;
        }
    }

    private final Provider provider;
    private final PrintStream out;

    /** Click-to-dial on {@code provider}, printing its progress to {@code out}. */
    public ClickToDial(Provider provider, PrintStream out) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Calls {@code to} from {@code from} at {@code terminal}, and waits for the far end: until it
     * answers, fails, or has rung for {@code ringTimeout} (then the application hangs up).
     */
    public Outcome dial(Address from, Terminal terminal, String to, Duration ringTimeout) throws Exception {
        Progress progress = new Progress();
        Call call = provider.createCall();
        call.addCallListener(progress);
        try {
            out.println("calling " + to + " from " + from.getName() + " at terminal " + terminal.getName());
            Connection[] connections;
            try {
                connections = call.connect(terminal, from, to);
            } catch (InvalidPartyException e) {
                out.println("failed: " + to + " cannot be called: " + e.getMessage());
                return Outcome.FAILED;
            }
            return progress.outcome(connections[0], connections[1], to, ringTimeout, out);
        } finally {
            call.removeCallListener(progress);
        }
    }

    /**
     * Follows the call: each event wakes the waiting thread, which reads the far end's state. A
     * failure is reported from the far end's own failed (or disconnected) event, which carries the
     * cause: a call-control one (BUSY, CALL_NOT_ANSWERED) when the provider has call control.
     */
    private static final class Progress extends EventFunnel {
        private final Map<Connection, Integer> endCauses = new HashMap<>(); // guarded by this

        @Override
        protected synchronized void onEvent(Event event) {
            if (event instanceof ConnectionEvent) {
                Connection connection = ((ConnectionEvent) event).getConnection();
                switch (event.getID()) {
                    case CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED:
                    case CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED:
                        endCauses.put(connection, ((CallControlEvent) event).getCallControlCause());
                        break;
                    case ConnectionEvent.CONNECTION_FAILED:
                    case ConnectionEvent.CONNECTION_DISCONNECTED:
                        if (!(connection instanceof CallControlConnection)) {
                            endCauses.put(connection, event.getCause());
                        }
                        break;
                    default:
                        break;
                }
            }
            notifyAll();
        }

        synchronized Outcome outcome(Connection from, Connection farEnd, String to, Duration ringTimeout,
                PrintStream out) throws Exception {
            long deadline = System.nanoTime() + ringTimeout.toNanos();
            boolean saidRinging = false;
            while (true) {
                int state = farEnd.getState();
                if (state == Connection.ALERTING && !saidRinging) {
                    out.println(to + " is ringing");
                    saidRinging = true;
                }
                if (state == Connection.CONNECTED) {
                    out.println("answered: " + from.getAddress().getName() + " and " + to + " are talking");
                    return Outcome.ANSWERED;
                }
                Integer cause = endCauses.get(farEnd);
                if (cause != null) {
                    return failed(to, farEnd.getState(), cause, out);
                }
                if (from.getState() == Connection.DISCONNECTED || from.getState() == Connection.FAILED) {
                    out.println("failed: " + from.getAddress().getName() + " left the call before " + to + " answered");
                    return Outcome.FAILED;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    out.println("no answer: " + to + " rang for " + seconds(ringTimeout) + "; hanging up");
                    from.disconnect();
                    return Outcome.NO_ANSWER;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }

        private static Outcome failed(String to, int state, int cause, PrintStream out) {
            switch (cause) {
                case CallControlEvent.CAUSE_BUSY:
                case CallControlEvent.CAUSE_TRUNKS_BUSY:
                    out.println("busy: " + to + " is busy");
                    return Outcome.BUSY;
                case CallControlEvent.CAUSE_CALL_NOT_ANSWERED:
                    out.println("no answer: " + to + " did not answer");
                    return Outcome.NO_ANSWER;
                default:
                    String how = state == Connection.FAILED ? "failed" : "was disconnected";
                    out.println("failed: the call to " + to + " " + how + " (" + Names.cause(cause) + ")");
                    return Outcome.FAILED;
            }
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Runs click-to-dial from a command line; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs click-to-dial: opens the provider, places the call, reports, shuts the provider down.
     *
     * @return the exit status of the {@link Outcome}, {@link SampleArgs#EXIT_FAILURE} or
     *     {@link SampleArgs#EXIT_USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        SampleArgs parsed;
        Duration ringTimeout;
        try {
            parsed = SampleArgs.parse(args, 2, Set.of("terminal", "ring-timeout"));
            if (parsed.words().size() != 2) {
                throw new IllegalArgumentException("expected one address to call from and one number to call, got "
                        + parsed.words());
            }
            ringTimeout = parsed.seconds("ring-timeout", DEFAULT_RING_TIMEOUT);
        } catch (IllegalArgumentException e) {
            err.println("ClickToDial: " + e.getMessage());
            err.println("usage: ClickToDial PEER PROVIDER-STRING FROM TO [--terminal=NAME] [--ring-timeout=SECONDS]");
            return SampleArgs.EXIT_USAGE;
        }
        Provider provider = null;
        try {
            provider = parsed.openProvider();
            Address from = SampleArgs.address(provider, parsed.words().get(0));
            Terminal terminal = SampleArgs.terminal(provider, from, parsed.option("terminal"));
            return new ClickToDial(provider, out).dial(from, terminal, parsed.words().get(1), ringTimeout).exitStatus();
        } catch (Exception e) {
            err.println("ClickToDial: " + e);
            return SampleArgs.EXIT_FAILURE;
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }
}
