package org.dialtone.samples;

import java.util.concurrent.atomic.AtomicInteger;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.Party;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;

/**
 * A named sim switch on a {@link ManualClock} for one test, and the command-line words that point
 * a sample at it: the sample opens its own provider from them, and the test plays the people at
 * the phones through {@link #party}.
 */
final class TestSwitch implements AutoCloseable {
    static final String PEER = "org.dialtone.DialtonePeer";
    private static final AtomicInteger SWITCHES = new AtomicInteger();

    final ManualClock clock = new ManualClock();
    final String name = "samples-" + ProcessHandle.current().pid() + "-" + SWITCHES.incrementAndGet();
    final SimSwitch sim;

    TestSwitch() {
        this(SwitchPlan.defaultPlan());
    }

    TestSwitch(SwitchPlan plan) {
        sim = SimSwitch.create(name, plan, clock);
    }

    /** The provider string naming this switch. */
    String providerString() {
        return "sim;name=" + name;
    }

    Party party(String number) {
        return sim.party(number);
    }

    /** Frees the switch's name; the provider using it shuts down on its own (the sample ends). */
    @Override
    public void close() {
        sim.remove();
    }
}
