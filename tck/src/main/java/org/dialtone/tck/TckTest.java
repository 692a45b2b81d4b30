package org.dialtone.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnInProgressEv;
import javax.telephony.events.TermConnActiveEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.dialtone.tck.spi.FarEnd;
import org.dialtone.tck.spi.Harness;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The base of every kit test: a fresh provider in service, three local phones {@link #a}, {@link #b}
 * and {@link #c}, and the steps most tests start with (ring, talk, call out). Everything a subclass
 * touches is {@code javax.telephony}; the harness behind it is the only vendor-specific part.
 */
@ExtendWith(TckExtension.class)
public abstract class TckTest {
    /** The provider under test, in service, opened for this test alone. */
    protected Provider provider;
    /** The first harness line: usually the caller. */
    protected Phone a;
    /** The second harness line: usually the called party. */
    protected Phone b;
    /** The third harness line: the party a call is transferred, conferenced or redirected to. */
    protected Phone c;
    /** How long to wait for an event. */
    protected Duration timeout;

    private Session session;
    private Set<Feature> features;

    final void bind(Session session, Set<Feature> features) {
        this.session = session;
        this.features = features;
        this.provider = session.provider();
        List<Phone> phones = session.phones();
        this.a = phones.get(0);
        this.b = phones.get(1);
        this.c = phones.get(2);
        this.timeout = session.harness().eventTimeout();
    }

    /** The harness that describes the provider. */
    protected final Harness harness() {
        return session.harness();
    }

    /** A new, empty event log that waits as long as the harness says. */
    protected final EventLog newLog() {
        return new EventLog(timeout);
    }

    /** The far-end driver; a test that uses it should declare {@code @Needs(FAR_END)}. */
    protected final FarEnd farEnd() {
        return session.farEnd().orElseThrow(() -> new NotApplicable("the harness has no far-end driver"));
    }

    /**
     * Runs a far-end action, skipping the test if the driver cannot do it.
     *
     * @param what what the driver is asked to do, for the skip message
     */
    protected final void drive(String what, Runnable action) {
        try {
            action.run();
        } catch (UnsupportedOperationException e) {
            throw new NotApplicable("the far-end driver cannot " + what);
        }
    }

    /** The harness's external number. */
    protected final String external() {
        return harness().externalNumber().orElseThrow(() -> new NotApplicable("the harness has no external number"));
    }

    /** The harness's route point, resolved. */
    protected final Address routePoint() {
        return session.routePoint().orElseThrow(() -> new NotApplicable("the harness has no route point"));
    }

    /** The shared line: one phone per terminal, all on the same address. */
    protected final List<Phone> sharedLine() {
        return session.sharedLine().orElseThrow(() -> new NotApplicable("the harness has no shared line"));
    }

    /** Where the kit parks calls: the harness's park address, or else the third line's. */
    protected final String parkNumber() {
        return harness().parkAddress().orElse(c.number());
    }

    /** The harness's pickup group, which holds phones {@link #b} and {@link #c}. */
    protected final String pickupGroup() {
        return harness().pickupGroup().orElseThrow(() -> new NotApplicable("the harness has no pickup group"));
    }

    /** Skips the rest of the test as not supported unless the provider declares {@code feature}. */
    protected final void require(Feature feature) {
        if (!feature.isDeclaredBy(provider, c.number())) {
            throw new NotSupported(feature + ": the provider's capabilities do not declare " + feature.questions());
        }
        features = features == null ? Set.of(feature) : union(features, feature);
    }

    /** The features this test declared, by annotation or by {@link #require}. */
    final Set<Feature> features() {
        return features == null ? Set.of() : features;
    }

    private static Set<Feature> union(Set<Feature> set, Feature feature) {
        java.util.EnumSet<Feature> out = java.util.EnumSet.of(feature);
        out.addAll(set);
        return out;
    }

    // ---- the usual first steps ------------------------------------------------------------------

    /** Adds the log's full observer and listener to {@code call}. */
    protected final void observe(Call call, EventLog log) throws Exception {
        call.addObserver(log.callObserver());
        call.addCallListener(log.callListener());
    }

    /**
     * Places a call from {@code from} to the local phone {@code to}, observed by {@code log} from the
     * start, and waits until the caller's terminal is active and the called terminal rings.
     */
    protected final TwoPartyCall ring(Phone from, Phone to, EventLog log) throws Exception {
        Call call = provider.createCall();
        observe(call, log);
        Connection[] connections = call.connect(from.terminal(), from.address(), to.number());
        assertThat(connections).as("Call.connect's result: {originating, destination}").hasSize(2);
        TerminalConnection caller = awaitTerminalConnection(log, call, from.terminal(), TermConnActiveEv.ID);
        TerminalConnection callee = awaitTerminalConnection(log, call, to.terminal(), TermConnRingingEv.ID);
        return new TwoPartyCall(call, connections[0], connections[1], caller, callee);
    }

    /** {@link #ring}, then the called terminal answers and both parties are connected. */
    protected final TwoPartyCall talk(Phone from, Phone to, EventLog log) throws Exception {
        TwoPartyCall call = ring(from, to, log);
        call.calleeTc().answer();
        log.awaitObserved(call.destination(), ConnConnectedEv.ID);
        return call;
    }

    /**
     * Calls the harness's external number from {@code from} and waits until the caller is active
     * and the far end is in progress or alerting.
     */
    protected final TwoPartyCall callOut(Phone from, EventLog log) throws Exception {
        Call call = provider.createCall();
        observe(call, log);
        Connection[] connections = call.connect(from.terminal(), from.address(), external());
        assertThat(connections).as("Call.connect's result: {originating, destination}").hasSize(2);
        TerminalConnection caller = awaitTerminalConnection(log, call, from.terminal(), TermConnActiveEv.ID);
        Connection far = connections[1];
        log.await("the far end in progress, alerting or connected", s -> s.model() == EventLog.Model.OBSERVER
                && s.isAbout(far) && (s.id() == ConnInProgressEv.ID || s.id() == ConnAlertingEv.ID
                || s.id() == ConnConnectedEv.ID));
        return new TwoPartyCall(call, connections[0], far, caller, null);
    }

    /** Waits for the observer event {@code id} about a terminal connection of {@code terminal} in {@code call}. */
    protected static TerminalConnection awaitTerminalConnection(EventLog log, Call call, Terminal terminal, int id) {
        Seen seen = log.await(org.dialtone.tck.events.EventNames.observer(id) + " at terminal " + terminal.getName(),
                s -> s.model() == EventLog.Model.OBSERVER && s.id() == id && call.equals(s.call())
                        && s.terminalConnection() != null && terminal.equals(s.terminalConnection().getTerminal()));
        return seen.terminalConnection();
    }

    /**
     * Disconnects the caller, then the called party if the provider did not already release it,
     * and waits until the call is INVALID.
     */
    protected static void hangUpBoth(TwoPartyCall call, EventLog log) throws Exception {
        call.origin().disconnect();
        if (call.destination().getState() != Connection.DISCONNECTED) {
            try {
                call.destination().disconnect();
            } catch (javax.telephony.InvalidStateException releasedMeanwhile) {
                assertConnectionState(call.destination(), Connection.DISCONNECTED);
            }
        }
        awaitInvalid(log, call.call());
    }

    /** Waits until the log has seen {@code call} become INVALID. */
    protected static void awaitInvalid(EventLog log, Call call) {
        log.awaitObserved(call, CallInvalidEv.ID);
    }

    // ---- lookups --------------------------------------------------------------------------------

    /** The connection of {@code call} at {@code address}, or null. */
    protected static Connection connectionAt(Call call, Address address) {
        Connection[] all = call.getConnections();
        return all == null ? null
                : Arrays.stream(all).filter(c -> address.equals(c.getAddress())).findFirst().orElse(null);
    }

    /** The terminal connection of {@code connection} at {@code terminal}, or null. */
    protected static TerminalConnection terminalConnectionAt(Connection connection, Terminal terminal) {
        TerminalConnection[] all = connection.getTerminalConnections();
        return all == null ? null
                : Arrays.stream(all).filter(tc -> terminal.equals(tc.getTerminal())).findFirst().orElse(null);
    }

    /** Whether {@code array} is null or empty, the two ways JTAPI getters say "none". */
    protected static boolean none(Object[] array) {
        return array == null || array.length == 0;
    }

    /** The array as a list; empty for null. */
    protected static <T> List<T> listOf(T[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }

    // ---- state checks ---------------------------------------------------------------------------

    /** Checks a call's state, by name. */
    protected static void assertCallState(Call call, int expected) {
        assertThat(States.call(call.getState())).as("state of %s", call).isEqualTo(States.call(expected));
    }

    /** Checks a connection's core state, by name. */
    protected static void assertConnectionState(Connection c, int expected) {
        assertThat(States.connection(c.getState())).as("core state of the connection at %s", name(c))
                .isEqualTo(States.connection(expected));
    }

    /** Checks a connection's call-control state, by name. */
    protected static void assertCallControlState(Connection c, int expected) {
        assertThat(c).as("the connection at %s", name(c)).isInstanceOf(CallControlConnection.class);
        assertThat(States.callControlConnection(((CallControlConnection) c).getCallControlState()))
                .as("call-control state of the connection at %s", name(c))
                .isEqualTo(States.callControlConnection(expected));
    }

    /** Checks a terminal connection's core state, by name. */
    protected static void assertTerminalConnectionState(TerminalConnection tc, int expected) {
        assertThat(States.terminalConnection(tc.getState())).as("core state of the terminal connection at %s",
                tc.getTerminal().getName()).isEqualTo(States.terminalConnection(expected));
    }

    /** Checks a terminal connection's call-control state, by name. */
    protected static void assertCallControlState(TerminalConnection tc, int expected) {
        assertThat(tc).as("the terminal connection at %s", tc.getTerminal().getName())
                .isInstanceOf(CallControlTerminalConnection.class);
        assertThat(States.callControlTerminalConnection(((CallControlTerminalConnection) tc).getCallControlState()))
                .as("call-control state of the terminal connection at %s", tc.getTerminal().getName())
                .isEqualTo(States.callControlTerminalConnection(expected));
    }

    /** Checks that a call has ended: INVALID, with no connections left. */
    protected static void assertEnded(Call call) {
        assertCallState(call, Call.INVALID);
        assertThat(none(call.getConnections())).as("connections of an INVALID call: %s", Arrays.toString(
                call.getConnections())).isTrue();
    }

    // ---- refusals -------------------------------------------------------------------------------

    /**
     * Runs {@code operation}, expects it to throw {@code type}, and checks that the call looks exactly
     * as it did before: the specification's methods change nothing when they throw.
     */
    protected static <T extends Throwable> T assertRefused(Class<T> type, Call call, Executable operation) {
        String before = States.describe(call);
        T thrown = assertThrowsExactlyOrSubtype(type, operation);
        assertThat(States.describe(call)).as("the call after the refused operation (it threw %s)", thrown)
                .isEqualTo(before);
        return thrown;
    }

    /**
     * Like {@link #assertRefused(Class, Call, Executable)} where the specification leaves the choice
     * between exceptions to the provider (an argument that is wrong because of its state).
     */
    protected static Throwable assertRefusedWithOneOf(Call call, Executable operation, Class<?>... types) {
        String before = States.describe(call);
        Throwable thrown = assertThrowsExactlyOrSubtype(Throwable.class, operation);
        if (java.util.Arrays.stream(types).noneMatch(t -> t.isInstance(thrown))) {
            throw new AssertionError("expected one of " + java.util.Arrays.stream(types).map(Class::getSimpleName)
                    .toList() + " but the provider threw " + thrown, thrown);
        }
        assertThat(States.describe(call)).as("the call after the refused operation (it threw %s)", thrown)
                .isEqualTo(before);
        return thrown;
    }

    /** Expects {@code operation} to throw {@code type} or a subtype, and returns what it threw. */
    protected static <T extends Throwable> T assertThrowsExactlyOrSubtype(Class<T> type, Executable operation) {
        try {
            operation.execute();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but the provider threw " + t, t);
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but the operation returned normally");
    }

    /**
     * Checks that between {@code mark} and {@code next} the log saw no observer event of
     * {@code call} in a new delivery: whatever a refused operation might have published would have
     * come first. The rest of a delivery under way at the mark is not counted.
     */
    protected static void assertNothingBefore(EventLog log, int mark, Call call, Seen next) {
        int lastBatchAtMark = log.all().subList(0, mark).stream().mapToInt(Seen::batch).max().orElse(0);
        List<Seen> between = log.since(mark).stream()
                .filter(s -> s.model() == EventLog.Model.OBSERVER && call.equals(s.call()))
                .filter(s -> s.batch() > lastBatchAtMark)
                .takeWhile(s -> s.batch() != next.batch()).toList();
        if (!between.isEmpty()) {
            throw new AssertionError("events came between the refused operation and " + next
                    + ", as if it had changed something:" + EventLog.describe(between));
        }
    }

    private static String name(Connection c) {
        return c.getAddress() == null ? "?" : c.getAddress().getName();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (session == null ? "unbound" : Objects.toString(provider)) + "]";
    }
}
