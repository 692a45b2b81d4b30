package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;

/**
 * The two terminal connections a transfer or conference of two calls turns around: one in each
 * call, at the same terminal (the spec's controllers). Where the application set none, the first
 * pair that fits is chosen, looking at this call's terminal connections in order. Loop only.
 */
final class ControllerPair {
    /** The controller in the call the operation was invoked on. */
    final TerminalConnectionImpl here;
    /** The controller in the other call. */
    final TerminalConnectionImpl there;

    private ControllerPair(TerminalConnectionImpl here, TerminalConnectionImpl there) {
        this.here = here;
        this.there = there;
    }

    /**
     * Finds the pair.
     *
     * @param chosenHere the controller the application set on {@code call}, or null
     * @param chosenThere the one it set on {@code other}, or null
     * @param fits whether the states of a pair (here, there) allow the operation
     * @param needs what the operation needs of the states, for the message when no pair fits
     * @throws InvalidArgumentException if no terminal has a terminal connection in both calls (or
     *     none has one at the chosen controller's terminal)
     * @throws InvalidStateException if such pairs exist but none is in states that fit
     */
    static ControllerPair find(CallImpl call, TerminalConnectionImpl chosenHere, CallImpl other,
            TerminalConnectionImpl chosenThere, BiPredicate<TerminalConnectionState, TerminalConnectionState> fits,
            String needs) throws InvalidArgumentException, InvalidStateException {
        List<TerminalConnectionImpl> heres = chosenHere != null ? List.of(chosenHere) : terminalConnections(call);
        ControllerPair misfit = null;
        for (TerminalConnectionImpl here : heres) {
            List<TerminalConnectionImpl> theres = chosenThere != null && chosenThere.terminal() == here.terminal()
                    ? List.of(chosenThere) : at(other, here.terminal());
            for (TerminalConnectionImpl there : theres) {
                if (fits.test(here.state(), there.state())) {
                    return new ControllerPair(here, there);
                }
                if (misfit == null) {
                    misfit = new ControllerPair(here, there);
                }
            }
        }
        if (misfit != null) {
            boolean hereFits = misfit.here.state() == TerminalConnectionState.TALKING
                    || misfit.here.state() == TerminalConnectionState.HELD;
            TerminalConnectionImpl wrong = hereFits ? misfit.there : misfit.here;
            throw Refusals.terminalConnection(wrong, needs + " (the controllers are " + misfit.here + " "
                    + misfit.here.state() + " and " + misfit.there + " " + misfit.there.state() + ")");
        }
        throw Refusals.argument(chosenHere != null
                ? "the controller " + chosenHere + " has no terminal connection at its terminal in " + other
                : call + " and " + other + " have no terminal in common to control the operation");
    }

    /** The other call of a transfer or conference, checked: of this provider, not this call. */
    static CallImpl other(CallImpl call, Call otherArg, String operation) throws InvalidArgumentException {
        if (otherArg == null) {
            throw Refusals.argument(operation + " needs another call, got null");
        }
        if (!(otherArg instanceof CallImpl other) || other.provider() != call.provider()) {
            throw Refusals.argument(operation + ": " + otherArg + " is not a call of provider "
                    + call.provider().getName());
        }
        if (other == call) {
            throw Refusals.argument(operation + " needs another call than " + call + " itself");
        }
        return other;
    }

    /** Throws unless {@code call} is ACTIVE. */
    static void requireActive(CallImpl call, String operation) throws InvalidStateException {
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, operation + " needs ACTIVE calls");
        }
    }

    private static List<TerminalConnectionImpl> terminalConnections(CallImpl call) {
        List<TerminalConnectionImpl> out = new ArrayList<>();
        for (ConnectionImpl c : call.connectionList()) {
            if (c.state().isLive()) {
                out.addAll(c.terminalConnectionList());
            }
        }
        return out;
    }

    private static List<TerminalConnectionImpl> at(CallImpl call, TerminalImpl terminal) {
        List<TerminalConnectionImpl> out = new ArrayList<>();
        for (TerminalConnectionImpl tc : terminalConnections(call)) {
            if (tc.terminal() == terminal) {
                out.add(tc);
            }
        }
        return out;
    }
}
