package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.DialtonePeer;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.Party;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;

/**
 * One test's provider on its own named sim switch, whose time is a {@link ManualClock}, with
 * shortcuts for what scenario tests do most, and {@link #describe} to read every state at once.
 * {@link #close()} shuts the provider down and frees the switch's name.
 */
final class SimLab implements AutoCloseable {
    private static final AtomicInteger SWITCHES = new AtomicInteger();

    final ManualClock clock = new ManualClock();
    final SimSwitch sim;
    final ProviderImpl provider;
    private final List<ProviderImpl> others = new ArrayList<>();

    /** A lab on the default plan: addresses and terminals 1001..1099. */
    SimLab() {
        this(SwitchPlan.defaultPlan());
    }

    SimLab(SwitchPlan plan) {
        String name = "scenario-" + ProcessHandle.current().pid() + "-" + SWITCHES.incrementAndGet();
        sim = SimSwitch.create(name, plan, clock);
        try {
            provider = (ProviderImpl) new DialtonePeer().getProvider("sim;name=" + name);
        } catch (RuntimeException e) {
            sim.remove();
            throw e;
        }
    }

    Address address(String name) {
        try {
            return provider.getAddress(name);
        } catch (InvalidArgumentException e) {
            throw new AssertionError(e);
        }
    }

    Terminal terminal(String name) {
        try {
            return provider.getTerminal(name);
        } catch (InvalidArgumentException e) {
            throw new AssertionError(e);
        }
    }

    Party party(String number) {
        return sim.party(number);
    }

    CallControlCall newCall() throws Exception {
        return (CallControlCall) provider.createCall();
    }

    /** A new call from {@code from} (address and terminal of that name) to {@code to}. */
    Connection[] connect(String from, String to) throws Exception {
        return newCall().connect(terminal(from), address(from), to);
    }

    /** Another provider on the same switch (another application), shut down by {@link #close()}. */
    ProviderImpl openAnother() {
        ProviderImpl another = (ProviderImpl) new DialtonePeer().getProvider(provider.getName());
        others.add(another);
        return another;
    }

    @Override
    public void close() {
        try {
            others.forEach(ProviderImpl::shutdown);
            provider.shutdown();
        } finally {
            sim.remove();
        }
    }

    /** Waits up to 5 s until {@code line} was recorded {@code times} times; returns every line so far. */
    static List<String> awaitTimes(Recorder recorder, String line, int times) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (recorder) { // Recorder notifies on itself for every line it adds
            while (Collections.frequency(recorder.lines(), line) < times) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("'" + line + "' not " + times + " times within 5 s; got "
                            + recorder.lines());
                }
                TimeUnit.NANOSECONDS.timedWait(recorder, left);
            }
            return recorder.lines();
        }
    }

    // ---- reading states ----------------------------------------------------------------------

    /**
     * The call's live connections, each as {@code "1002 ALERTING [1002 RINGING]"} with its
     * terminal connections; asserts on the way that each core state matches its call-control state.
     */
    static List<String> describe(Call call) {
        List<String> out = new ArrayList<>();
        Connection[] connections = call.getConnections();
        if (connections != null) {
            for (Connection c : connections) {
                out.add(describe(c));
            }
        }
        return out;
    }

    /** One connection as {@code "1001 ESTABLISHED [1001 TALKING]"}; core and call-control must agree. */
    static String describe(Connection c) {
        ConnectionState state = connectionState(((CallControlConnection) c).getCallControlState());
        assertThat(c.getState()).as("core state of %s (call control %s)", c, state).isEqualTo(state.coreCode());
        StringBuilder text = new StringBuilder(c.getAddress().getName()).append(' ').append(state);
        TerminalConnection[] tcs = c.getTerminalConnections();
        if (tcs != null) {
            List<String> parts = new ArrayList<>();
            for (TerminalConnection tc : tcs) {
                parts.add(describe(tc));
            }
            text.append(" [").append(String.join(", ", parts)).append(']');
        }
        return text.toString();
    }

    /** One terminal connection as {@code "1001 TALKING"}; core and call-control must agree. */
    static String describe(TerminalConnection tc) {
        TerminalConnectionState state =
                terminalConnectionState(((CallControlTerminalConnection) tc).getCallControlState());
        assertThat(tc.getState()).as("core state of %s (call control %s)", tc, state).isEqualTo(state.coreCode());
        return tc.getTerminal().getName() + " " + state;
    }

    private static ConnectionState connectionState(int callControlCode) {
        for (ConnectionState s : ConnectionState.values()) {
            if (s.callControlCode() == callControlCode) {
                return s;
            }
        }
        throw new AssertionError("no connection state has call-control code " + callControlCode);
    }

    private static TerminalConnectionState terminalConnectionState(int callControlCode) {
        for (TerminalConnectionState s : TerminalConnectionState.values()) {
            if (s.callControlCode() == callControlCode) {
                return s;
            }
        }
        throw new AssertionError("no terminal connection state has call-control code " + callControlCode);
    }
}
