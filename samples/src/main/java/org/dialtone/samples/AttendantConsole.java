package org.dialtone.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.InvalidArgumentException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * An attendant's console for one address and terminal: answer, hold, consult, transfer,
 * conference, park, pickup and drop, typed as commands, one per line, on standard input. Each
 * command prints one line, {@code ok COMMAND: ...} with the calls it left, or
 * {@code error COMMAND: ...} saying why nothing was done; so a script (or a test) can drive it and
 * read the outcome. {@code help} prints the list of commands.
 *
 * <p>Calls are named {@code call #N} ({@link CallNames}); a command that takes {@code #N} acts on
 * that call, and without it on the call the command makes sense for (the ringing one for
 * {@code answer}, the talking one for {@code hold}, ...).
 *
 * <p>Command line: {@code AttendantConsole PEER PROVIDER-STRING ADDRESS [--terminal=NAME]}; it ends
 * at {@code quit} or the end of its input, with status 0 if every command succeeded and 2 if some
 * failed.
 *
 * <p>Commands run on one thread at a time (the one calling {@link #execute}); the console listens
 * to its terminal only to name calls and to end {@code wait}s.
 */
public final class AttendantConsole implements AutoCloseable {
    /** Exit status when the console ran but some commands failed. */
    public static final int EXIT_COMMANDS_FAILED = 2;
    /** How long {@code wait} waits unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private static final String HELP = String.join("\n",
            "commands (CALL is a call's number, #N; without it the command picks the call it applies to):",
            "  answer [CALL]              answer the call ringing here",
            "  hold [CALL]                put the talking call on hold",
            "  unhold [CALL]              take a held call back",
            "  consult NUMBER [CALL]      hold the talking call and call NUMBER about it",
            "  transfer [CALL]            hand the consulted call's other party to the consulted party, and leave",
            "  transfer NUMBER [CALL]     blind transfer: send the talking call's other party to NUMBER, and leave",
            "  conference [CALL]          join a call and its consultation call into one call",
            "  park ORBIT [CALL]          park the call at address ORBIT, and leave",
            "  pickup ADDRESS             answer here the call ringing or parked at ADDRESS",
            "  dial NUMBER                call NUMBER from here",
            "  hangup [CALL]              leave the call; the other parties stay",
            "  drop [CALL]                end the call for every party",
            "  calls                      list the calls here",
            "  wait ringing [at ADDRESS] [SECONDS]",
            "                             wait until a call rings here (or at ADDRESS)",
            "  wait answered [CALL] [SECONDS]",
            "                             wait until the other parties of the call (the newest) have answered",
            "  wait idle [SECONDS]        wait until no call is left here",
            "                             (a wait gives up after " + DEFAULT_WAIT.toSeconds() + " s unless told)",
            "  help                       this text",
            "  quit                       end (as does the end of the input)",
            "blank lines and lines starting with # are ignored");

    private final Provider provider;
    private final Address address;
    private final Terminal terminal;
    private final PrintStream out;
    private final CallNames names;
    private final Watcher watcher = new Watcher();
    // consultation call -> the call it consults about; touched by the command thread only
    private final Map<Call, Call> consultations = new LinkedHashMap<>();
    private int commands;
    private int failures;

    /**
     * A console for {@code address} at {@code terminal} of {@code provider}, printing to
     * {@code out}; it names calls with {@code names}. Call {@link #start()} before the first command.
     */
    public AttendantConsole(Provider provider, Address address, Terminal terminal, PrintStream out, CallNames names) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.address = Objects.requireNonNull(address, "address");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.out = Objects.requireNonNull(out, "out");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Starts listening to the terminal's calls, so that calls are named as they come and waits end. */
    public void start() throws MethodNotSupportedException, ResourceUnavailableException {
        terminal.addCallListener(watcher);
    }

    /** Stops listening. */
    @Override
    public void close() {
        terminal.removeCallListener(watcher);
    }

    /** How many commands ran (blank lines and comments aside). */
    public int commandCount() {
        return commands;
    }

    /** How many commands failed. */
    public int failureCount() {
        return failures;
    }

    /**
     * Runs commands from {@code in}, one per line, until {@code quit} or the end of the input.
     *
     * @return how many commands failed
     */
    public int run(BufferedReader in) throws IOException {
        int before = failures;
        String line;
        while ((line = in.readLine()) != null) {
            if (isQuit(line)) {
                break;
            }
            execute(line);
        }
        return failures - before;
    }

    private static boolean isQuit(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("quit") || word.equals("exit");
    }

    /**
     * Runs one command line and prints its outcome.
     *
     * @return false if the command failed (and changed nothing), true otherwise
     */
    public boolean execute(String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
        if (words.get(0).isEmpty() || line.strip().startsWith("#")) {
            return true;
        }
        String command = words.remove(0).toLowerCase(Locale.ROOT);
        commands++;
        try {
            String result = dispatch(command, words);
            out.println(result.contains("\n") ? result : "ok " + command + ": " + result);
            return true;
        } catch (Refusal refusal) {
            failures++;
            out.println("error " + command + ": " + refusal.getMessage());
        } catch (Exception jtapi) {
            failures++;
            out.println("error " + command + ": " + jtapi.getClass().getSimpleName()
                    + (jtapi.getMessage() == null ? "" : ": " + jtapi.getMessage()));
        }
        return false;
    }

    private String dispatch(String command, List<String> args) throws Exception {
        switch (command) {
            case "answer": return answer(args);
            case "hold": return hold(args);
            case "unhold": return unhold(args);
            case "consult": return consult(args);
            case "transfer": return transfer(args);
            case "conference": return conference(args);
            case "park": return park(args);
            case "pickup": return pickup(args);
            case "dial": return dial(args);
            case "hangup": return hangup(args);
            case "drop": return drop(args);
            case "calls": return calls(args);
            case "wait": return await(args);
            case "help": return HELP;
            default: throw new Refusal("unknown command; 'help' lists the commands");
        }
    }

    // --- the commands -------------------------------------------------------------------------

    private String answer(List<String> args) throws Exception {
        TerminalConnection mine = mine(args, 0, "ringing", "RINGING");
        mine.answer();
        return describe(mine.getConnection().getCall());
    }

    private String hold(List<String> args) throws Exception {
        TerminalConnection mine = mine(args, 0, "talking", "TALKING");
        callControl(mine).hold();
        return describe(mine.getConnection().getCall());
    }

    private String unhold(List<String> args) throws Exception {
        TerminalConnection mine = mine(args, 0, "on hold", "HELD");
        callControl(mine).unhold();
        return describe(mine.getConnection().getCall());
    }

    private String consult(List<String> args) throws Exception {
        String number = word(args, 0, "NUMBER", "consult NUMBER [CALL]");
        TerminalConnection mine = mine(args, 1, "talking or on hold", "TALKING", "HELD");
        Call original = mine.getConnection().getCall();
        CallControlCall consultation = callControl(provider.createCall());
        consultation.consult(mine, number);
        consultations.put(consultation, original);
        return describe(consultation) + "; " + describe(original);
    }

    private String transfer(List<String> args) throws Exception {
        if (!args.isEmpty() && !args.get(0).startsWith("#")) {
            String number = args.get(0);
            TerminalConnection mine = mine(args, 1, "talking", "TALKING");
            CallControlCall call = callControl(mine.getConnection().getCall());
            Connection moved = call.transfer(number);
            return describe(moved.getCall());
        }
        Call[] pair = consultationPair(args, "transfer [CALL]");
        callControl(pair[0]).transfer(pair[1]);
        consultations.remove(pair[1]);
        Call kept = pair[0].getState() == Call.INVALID ? pair[1] : pair[0];
        return describe(kept);
    }

    private String conference(List<String> args) throws Exception {
        Call[] pair = consultationPair(args, "conference [CALL]");
        callControl(pair[0]).conference(pair[1]);
        consultations.remove(pair[1]);
        Call kept = pair[0].getState() == Call.INVALID ? pair[1] : pair[0];
        return describe(kept);
    }

    private String park(List<String> args) throws Exception {
        String orbit = word(args, 0, "ORBIT", "park ORBIT [CALL]");
        TerminalConnection mine = mine(args, 1, "talking or on hold", "TALKING", "HELD");
        Connection parked = callControl(mine.getConnection()).park(orbit);
        return describe(parked.getCall());
    }

    private String pickup(List<String> args) throws Exception {
        String from = word(args, 0, "ADDRESS", "pickup ADDRESS");
        noMoreThan(args, 1, "pickup ADDRESS");
        Address ringingAt = addressNamed(from);
        if (!(terminal instanceof CallControlTerminal)) {
            throw new Refusal("the provider has no call control at terminal " + terminal.getName());
        }
        TerminalConnection picked = ((CallControlTerminal) terminal).pickup(ringingAt, address);
        return describe(picked.getConnection().getCall());
    }

    private String dial(List<String> args) throws Exception {
        String number = word(args, 0, "NUMBER", "dial NUMBER");
        noMoreThan(args, 1, "dial NUMBER");
        Call call = provider.createCall();
        call.connect(terminal, address, number);
        return describe(call);
    }

    private String hangup(List<String> args) throws Exception {
        TerminalConnection mine = mine(args, 0, "here", "TALKING", "HELD", "RINGING", "BRIDGED", "INUSE", "ACTIVE",
                "PASSIVE");
        Call call = mine.getConnection().getCall();
        mine.getConnection().disconnect();
        return describe(call);
    }

    private String drop(List<String> args) throws Exception {
        TerminalConnection mine = mine(args, 0, "here", "TALKING", "HELD", "RINGING", "BRIDGED", "INUSE", "ACTIVE",
                "PASSIVE");
        Call call = mine.getConnection().getCall();
        callControl(call).drop();
        return describe(call);
    }

    private String calls(List<String> args) {
        noMoreThan(args, 0, "calls");
        Map<Integer, Call> here = callsHere();
        if (here.isEmpty()) {
            return "no calls at " + terminal.getName();
        }
        StringJoiner list = new StringJoiner("; ");
        here.values().forEach(call -> list.add(describe(call)));
        return list.toString();
    }

    private String await(List<String> args) throws Exception {
        String usage = "wait ringing [at ADDRESS] | answered [CALL] | idle, then [SECONDS]";
        String what = word(args, 0, "ringing|answered|idle", usage).toLowerCase(Locale.ROOT);
        List<String> rest = args.subList(1, args.size());
        Optional<Address> elsewhere = Optional.empty();
        if (what.equals("ringing") && !rest.isEmpty() && rest.get(0).equals("at")) {
            elsewhere = Optional.of(addressNamed(word(rest, 1, "ADDRESS", usage)));
            rest = rest.subList(2, rest.size());
        }
        Optional<Call> call = Optional.empty();
        if (what.equals("answered") && !rest.isEmpty() && rest.get(0).startsWith("#")) {
            call = Optional.of(callNamed(rest.get(0)));
            rest = rest.subList(1, rest.size());
        }
        noMoreThan(rest, 1, usage);
        Duration timeout = rest.isEmpty() ? DEFAULT_WAIT : seconds(rest.get(0));
        switch (what) {
            case "ringing":
                if (elsewhere.isPresent()) {
                    return describe(awaitRingingAt(elsewhere.get(), timeout).getCall());
                }
                watcher.await(() -> firstHere("RINGING").isPresent(), timeout,
                        () -> "no call rang at " + terminal.getName());
                return describe(firstHere("RINGING").get().getConnection().getCall());
            case "answered":
                Call target = call.orElseGet(this::latestCall);
                if (target == null) {
                    throw new Refusal("no call to wait for at " + terminal.getName());
                }
                watcher.await(() -> othersConnected(target), timeout, () -> describe(target) + " was not answered");
                return describe(target);
            case "idle":
                watcher.await(() -> callsHere().isEmpty(), timeout, () -> "calls are still here: " + calls(List.of()));
                return "no calls at " + terminal.getName();
            default:
                throw new Refusal("can wait for ringing, answered or idle, not '" + what + "'");
        }
    }

    /** Waits for a call to ring at another address (to pick it up), listening to it meanwhile. */
    private Connection awaitRingingAt(Address other, Duration timeout) throws Exception {
        other.addCallListener(watcher);
        try {
            watcher.await(() -> ringingAt(other).isPresent(), timeout, () -> "no call rang at " + other.getName());
            return ringingAt(other).get();
        } finally {
            other.removeCallListener(watcher);
        }
    }

    private static Optional<Connection> ringingAt(Address address) {
        Connection[] connections = address.getConnections();
        if (connections != null) {
            for (Connection connection : connections) {
                if (connection.getState() == Connection.ALERTING) {
                    return Optional.of(connection);
                }
            }
        }
        return Optional.empty();
    }

    private Address addressNamed(String name) {
        try {
            return provider.getAddress(name);
        } catch (InvalidArgumentException e) {
            throw new Refusal("there is no address '" + name + "'");
        }
    }

    // --- finding calls ------------------------------------------------------------------------

    /**
     * This terminal's terminal connection in the call numbered {@code args[index]} if given (it
     * must be in one of {@code states}), or else in the first call here whose state is the first
     * of {@code states} found.
     */
    private TerminalConnection mine(List<String> args, int index, String what, String... states) {
        noMoreThan(args, index + 1, null);
        if (args.size() > index) {
            Call call = callNamed(args.get(index));
            TerminalConnection mine = mineIn(call)
                    .orElseThrow(() -> new Refusal(names.nameOf(call) + " has no part at " + terminal.getName()));
            if (!Arrays.asList(states).contains(Names.state(mine))) {
                throw new Refusal(names.nameOf(call) + " is " + Names.state(mine) + " here, not " + what);
            }
            return mine;
        }
        for (String state : states) {
            Optional<TerminalConnection> found = firstHere(state);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new Refusal("no call is " + what + " at " + terminal.getName());
    }

    private Call callNamed(String word) {
        if (!word.startsWith("#")) {
            throw new Refusal("'" + word + "' is not a call: write a call's number as #N");
        }
        try {
            int number = Integer.parseInt(word.substring(1));
            return names.callNumbered(number).orElseThrow(() -> new Refusal("there is no call #" + number));
        } catch (NumberFormatException e) {
            throw new Refusal("'" + word + "' is not a call: write a call's number as #N");
        }
    }

    /** The calls with a live terminal connection at this terminal, by number. */
    private TreeMap<Integer, Call> callsHere() {
        TreeMap<Integer, Call> here = new TreeMap<>();
        TerminalConnection[] all = terminal.getTerminalConnections();
        if (all != null) {
            for (TerminalConnection tc : all) {
                if (tc.getState() != TerminalConnection.DROPPED && tc.getState() != TerminalConnection.IDLE) {
                    Call call = tc.getConnection().getCall();
                    here.put(names.numberOf(call), call);
                }
            }
        }
        return here;
    }

    private Optional<TerminalConnection> firstHere(String state) {
        for (Call call : callsHere().values()) {
            Optional<TerminalConnection> mine = mineIn(call);
            if (mine.isPresent() && Names.state(mine.get()).equals(state)) {
                return mine;
            }
        }
        return Optional.empty();
    }

    private Optional<TerminalConnection> mineIn(Call call) {
        Connection[] connections = call.getConnections();
        if (connections != null) {
            for (Connection connection : connections) {
                TerminalConnection[] tcs = connection.getTerminalConnections();
                if (tcs != null) {
                    for (TerminalConnection tc : tcs) {
                        if (terminal.equals(tc.getTerminal()) && tc.getState() != TerminalConnection.DROPPED) {
                            return Optional.of(tc);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The call the attendant works on now: the newest consultation still up, or the newest call here. */
    private Call latestCall() {
        List<Call> consulting = new ArrayList<>(consultations.keySet());
        for (int i = consulting.size() - 1; i >= 0; i--) {
            if (consulting.get(i).getState() == Call.ACTIVE) {
                return consulting.get(i);
            }
        }
        TreeMap<Integer, Call> here = callsHere();
        return here.isEmpty() ? null : here.lastEntry().getValue();
    }

    /** Whether every party of {@code call} but this terminal's is connected (and there is one). */
    private boolean othersConnected(Call call) {
        Connection[] connections = call.getConnections();
        if (call.getState() != Call.ACTIVE || connections == null) {
            return false;
        }
        int others = 0;
        for (Connection connection : connections) {
            if (connection.getAddress().equals(address) && mineIn(call).isPresent()) {
                continue;
            }
            if (connection.getState() != Connection.CONNECTED) {
                return false;
            }
            others++;
        }
        return others > 0;
    }

    /**
     * {original, consultation}: the pair holding call {@code #N} if given, else the newest pair whose
     * calls are both up, else the one held call and one talking call here.
     */
    private Call[] consultationPair(List<String> args, String usage) {
        noMoreThan(args, 1, usage);
        if (!args.isEmpty()) {
            Call named = callNamed(args.get(0));
            for (Map.Entry<Call, Call> pair : consultations.entrySet()) {
                if (pair.getKey().equals(named) || pair.getValue().equals(named)) {
                    return new Call[] {pair.getValue(), pair.getKey()};
                }
            }
            throw new Refusal(names.nameOf(named) + " is not a consultation nor consulted about");
        }
        List<Map.Entry<Call, Call>> pairs = new ArrayList<>(consultations.entrySet());
        for (int i = pairs.size() - 1; i >= 0; i--) {
            Map.Entry<Call, Call> pair = pairs.get(i);
            if (pair.getKey().getState() == Call.ACTIVE && pair.getValue().getState() == Call.ACTIVE) {
                return new Call[] {pair.getValue(), pair.getKey()};
            }
        }
        Optional<TerminalConnection> held = firstHere("HELD");
        Optional<TerminalConnection> talking = firstHere("TALKING");
        if (held.isPresent() && talking.isPresent()) {
            return new Call[] {held.get().getConnection().getCall(), talking.get().getConnection().getCall()};
        }
        throw new Refusal("no consultation call, and not one call on hold and one talking, at " + terminal.getName());
    }

    // --- small helpers ------------------------------------------------------------------------

    /** {@code call #2 (1001 TALKING, 1002 ALERTING)}: each party, this terminal's by its own state. */
    private String describe(Call call) {
        String name = names.nameOf(call);
        Connection[] connections = call.getConnections();
        if (call.getState() == Call.INVALID || connections == null || connections.length == 0) {
            return name + " (ended)";
        }
        StringJoiner parties = new StringJoiner(", ", name + " (", ")");
        for (Connection connection : connections) {
            Optional<TerminalConnection> mine =
                    connection.getAddress().equals(address) ? mineIn(call) : Optional.empty();
            parties.add(connection.getAddress().getName() + " "
                    + (mine.isPresent() ? Names.state(mine.get()) : Names.state(connection)));
        }
        return parties.toString();
    }

    private static String word(List<String> args, int index, String what, String usage) {
        if (args.size() <= index) {
            throw new Refusal("missing " + what + "; usage: " + usage);
        }
        return args.get(index);
    }

    private static void noMoreThan(List<String> args, int count, String usage) {
        if (args.size() > count) {
            throw new Refusal("unexpected '" + String.join(" ", args.subList(count, args.size())) + "'"
                    + (usage == null ? "" : "; usage: " + usage));
        }
    }

    private static Duration seconds(String word) {
        try {
            double seconds = Double.parseDouble(word);
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Refusal("'" + word + "' is not a number of seconds between 0 and 3600");
    }

    private static CallControlTerminalConnection callControl(TerminalConnection tc) {
        if (!(tc instanceof CallControlTerminalConnection)) {
            throw new Refusal("the provider has no call control for terminal connections");
        }
        return (CallControlTerminalConnection) tc;
    }

    private static CallControlConnection callControl(Connection connection) {
        if (!(connection instanceof CallControlConnection)) {
            throw new Refusal("the provider has no call control for connections");
        }
        return (CallControlConnection) connection;
    }

    private static CallControlCall callControl(Call call) {
        if (!(call instanceof CallControlCall)) {
            throw new Refusal("the provider has no call control for calls");
        }
        return (CallControlCall) call;
    }

    /** A command the console itself turns down before asking the provider anything. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    /** Names calls as they reach the terminal, and wakes {@code wait} when anything changes. */
    private final class Watcher extends EventFunnel {
        @Override
        protected void onEvent(Event event) {
            if (event instanceof CallEvent && ((CallEvent) event).getCall() != null) {
                names.numberOf(((CallEvent) event).getCall());
            }
            synchronized (this) {
                notifyAll();
            }
        }

        synchronized void await(BooleanSupplier condition, Duration timeout, Supplier<String> failure)
                throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new Refusal(failure.get() + " within " + timeout.toMillis() / 1000.0 + " s");
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    // --- command line -------------------------------------------------------------------------

    /** Runs the console from a command line; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the console: opens the provider, reads commands from {@code in} until {@code quit} or
     * its end, then shuts the provider down.
     *
     * @return 0 if every command succeeded, {@link #EXIT_COMMANDS_FAILED} if some failed,
     *     {@link SampleArgs#EXIT_FAILURE} if the console could not start, {@link SampleArgs#EXIT_USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        SampleArgs parsed;
        try {
            parsed = SampleArgs.parse(args, 1, Set.of("terminal"));
            if (parsed.words().size() != 1) {
                throw new IllegalArgumentException("expected one address, got " + parsed.words());
            }
        } catch (IllegalArgumentException e) {
            err.println("AttendantConsole: " + e.getMessage());
            err.println("usage: AttendantConsole PEER PROVIDER-STRING ADDRESS [--terminal=NAME]");
            return SampleArgs.EXIT_USAGE;
        }
        Provider provider = null;
        try {
            provider = parsed.openProvider();
            Address address = SampleArgs.address(provider, parsed.words().get(0));
            Terminal terminal = SampleArgs.terminal(provider, address, parsed.option("terminal"));
            try (AttendantConsole console = new AttendantConsole(provider, address, terminal, out, new CallNames())) {
                console.start();
                out.println("attendant console at " + address.getName() + ", terminal " + terminal.getName()
                        + "; 'help' lists the commands");
                int failed = console.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                return failed == 0 ? 0 : EXIT_COMMANDS_FAILED;
            }
        } catch (Exception e) {
            err.println("AttendantConsole: " + e);
            return SampleArgs.EXIT_FAILURE;
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }
}
