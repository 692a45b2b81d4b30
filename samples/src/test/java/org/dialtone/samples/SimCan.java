package org.dialtone.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.telephony.Provider;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import org.dialtone.DialtonePeer;
import org.dialtone.sim.ManualClock;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;

/**
 * What Dialtone's sim declares it can do (its static capabilities), for tests of samples that need
 * an operation the provider gains as it grows: such a test runs once the sim claims the operation,
 * as the conformance kit does, and is reported skipped before.
 */
public final class SimCan {
    private static final AtomicInteger SWITCHES = new AtomicInteger();
    private SimCan() {
    }

    public static void hold() {
        assume("hold and unhold", p -> terminalConnection(p).canHold() && terminalConnection(p).canUnhold());
    }

    public static void transfer() {
        assume("consult and transfer", p -> call(p).canConsult() && call(p).canTransfer());
    }

    public static void conference() {
        assume("consult and conference", p -> call(p).canConsult() && call(p).canConference());
    }

    /** Park needs orbits: a switch without any does not offer it. */
    public static void park() {
        assume("park", SwitchPlan.builder().address("1001").parkOrbit("7001").build(), p -> connection(p).canPark());
    }

    public static void pickup() {
        assume("pickup", p -> ((CallControlTerminalCapabilities) p.getTerminalCapabilities()).canPickup());
    }

    public static void redirect() {
        assume("redirect", p -> connection(p).canRedirect());
    }

    private static CallControlCallCapabilities call(Provider provider) {
        return (CallControlCallCapabilities) provider.getCallCapabilities();
    }

    private static CallControlConnectionCapabilities connection(Provider provider) {
        return (CallControlConnectionCapabilities) provider.getConnectionCapabilities();
    }

    private static CallControlTerminalConnectionCapabilities terminalConnection(Provider provider) {
        return (CallControlTerminalConnectionCapabilities) provider.getTerminalConnectionCapabilities();
    }

    private static void assume(String what, Predicate<Provider> can) {
        assume(what, SwitchPlan.defaultPlan(), can);
    }

    private static void assume(String what, SwitchPlan plan, Predicate<Provider> can) {
        String name = "sim-can-" + ProcessHandle.current().pid() + "-" + SWITCHES.incrementAndGet();
        SimSwitch sim = SimSwitch.create(name, plan, new ManualClock());
        try {
            Provider provider = new DialtonePeer().getProvider("sim;name=" + name);
            try {
                assumeTrue(can.test(provider), "the sim provider does not declare " + what + " yet");
            } finally {
                provider.shutdown();
            }
        } finally {
            sim.remove();
        }
    }
}
