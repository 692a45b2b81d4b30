package org.dialtone.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.telephony.Connection;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.TerminalConnection;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;

/**
 * A sim switch made of {@code pairs} pairs of lines, caller {@code 2000000+i} and callee
 * {@code 3000000+i}, each an address on one terminal of the same name, and a provider on it. A
 * benchmark that needs many calls at once gives each its own pair, as a real switch would.
 */
final class Lines implements AutoCloseable {
    private static final int CALLER_BASE = 2_000_000;
    private static final int CALLEE_BASE = 3_000_000;
    private static final AtomicInteger SWITCHES = new AtomicInteger();
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final SimSwitch simSwitch;
    private final Provider provider;
    private final int pairs;

    private Lines(SimSwitch simSwitch, Provider provider, int pairs) {
        this.simSwitch = simSwitch;
        this.provider = provider;
        this.pairs = pairs;
    }

    /**
     * A provider on a new switch of {@code pairs} pairs. Its clock is a {@link ManualClock}: the
     * parties ring until someone acts, so no timer ever runs.
     */
    static Lines open(int pairs) {
        if (pairs < 1 || pairs > 999_999) {
            throw new IllegalArgumentException("pairs must be 1 to 999999, not " + pairs);
        }
        SwitchPlan.Builder plan = SwitchPlan.builder();
        for (int i = 0; i < pairs; i++) {
            String caller = caller(i);
            String callee = callee(i);
            plan.address(caller).terminal(caller, caller).address(callee).terminal(callee, callee);
        }
        String name = "bench-" + ProcessHandle.current().pid() + "-" + SWITCHES.incrementAndGet();
        SimSwitch simSwitch = SimSwitch.create(name, plan.build(), new ManualClock());
        try {
            Provider provider = JtapiPeerFactory.getJtapiPeer(null).getProvider("sim;name=" + name);
            return new Lines(simSwitch, provider, pairs);
        } catch (Exception e) {
            simSwitch.remove();
            throw new ProviderUnavailableException("no provider on the benchmark switch: " + e);
        }
    }

    static String caller(int pair) {
        return Integer.toString(CALLER_BASE + pair);
    }

    static String callee(int pair) {
        return Integer.toString(CALLEE_BASE + pair);
    }

    /**
     * The called party's terminal connection once the switch's alerting signal, in flight when
     * {@code connect} returns, has made it: watches for it for 50 us (yielding, as the provider
     * spins), then looks again every 20 us or so (as a parked thread can), for at most 10 s.
     */
    static TerminalConnection ringing(Connection called) {
        long start = System.nanoTime();
        while (true) {
            TerminalConnection[] tcs = called.getTerminalConnections();
            if (tcs != null) {
                return tcs[0];
            }
            long waited = System.nanoTime() - start;
            if (waited < SPIN_NANOS) {
                Thread.yield();
            } else if (waited < TimeUnit.SECONDS.toNanos(10)) {
                LockSupport.parkNanos(20_000);
            } else {
                throw new IllegalStateException(called + " did not ring within 10 s");
            }
        }
    }

    SimSwitch simSwitch() {
        return simSwitch;
    }

    Provider provider() {
        return provider;
    }

    int pairs() {
        return pairs;
    }

    @Override
    public void close() {
        provider.shutdown();
        simSwitch.remove();
    }
}
