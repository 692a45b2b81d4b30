package org.dialtone.internal.model;

import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.capabilities.TerminalConnectionCapabilities;
import javax.telephony.events.Ev;
import org.dialtone.ext.Digits;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SwapHold;
import org.dialtone.internal.capability.Capability;

/** A terminal's part in a connection: the phone that rings, talks or shares the line. */
public final class TerminalConnectionImpl implements CallControlTerminalConnection, Digits, SwapHold {
    private final ConnectionImpl connection;
    private final TerminalImpl terminal;
    private volatile TerminalConnectionState state = TerminalConnectionState.IDLE;

    TerminalConnectionImpl(ConnectionImpl connection, TerminalImpl terminal) {
        this.connection = connection;
        this.terminal = terminal;
    }

    TerminalConnectionState state() {
        return state;
    }

    ConnectionImpl connection() {
        return connection;
    }

    TerminalImpl terminal() {
        return terminal;
    }

    /** Whether the terminal is taking part in the call (talking or holding it). */
    boolean isActive() {
        return state == TerminalConnectionState.TALKING || state == TerminalConnectionState.HELD;
    }

    /** Loop only: moves to {@code next}, records its events, and leaves the terminal when dropped. */
    void moveTo(TerminalConnectionState next, int cause, int callControlCause) {
        TerminalConnectionState previous = state;
        if (previous == next) {
            return;
        }
        if (!previous.canMoveTo(next)) {
            throw new IllegalStateException(this + " cannot move from " + previous + " to " + next);
        }
        state = next;
        ProviderImpl provider = connection.call().provider();
        if (previous.coreCode() != next.coreCode()) {
            provider.record(Change.ofTerminalConnection(this, next.coreEventId(), next.coreEventId(), false, cause,
                    callControlCause));
        }
        if (next.callControlListenerId() != 0) {
            provider.record(Change.ofTerminalConnection(this, next.callControlListenerId(),
                    next.callControlObserverId(), true, cause, callControlCause));
        }
        if (next == TerminalConnectionState.DROPPED) {
            connection.terminalConnectionRemoved(this);
            terminal.terminalConnectionRemoved(this);
        }
    }

    @Override
    public int getState() {
        return state.coreCode();
    }

    @Override
    public int getCallControlState() {
        return state.callControlCode();
    }

    @Override
    public Terminal getTerminal() {
        return terminal;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public void answer() throws InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Capability.ANSWER, "answer");
        connection.call().provider().command(Ev.META_CALL_PROGRESS, () -> {
            connection.call().answer(this);
            return null;
        });
    }

    @Override
    public void join() throws InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Capability.JOIN, "join");
        connection.call().provider().command(Ev.META_CALL_ADDITIONAL_PARTY, () -> {
            connection.call().join(this);
            return null;
        });
    }

    @Override
    public void leave() throws InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Capability.LEAVE, "leave");
        connection.call().provider().command(Ev.META_CALL_REMOVING_PARTY, () -> {
            connection.call().leave(this);
            return null;
        });
    }

    @Override
    public void sendDigits(String digits)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Extension.DIGITS, "sendDigits");
        InCallDigits.send(this, digits);
    }

    @Override
    public void hold() throws InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Capability.HOLD, "hold");
        connection.call().provider().command(Ev.META_CALL_PROGRESS, () -> {
            Hold.hold(this);
            return null;
        });
    }

    @Override
    public void unhold() throws InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Capability.UNHOLD, "unhold");
        connection.call().provider().command(Ev.META_CALL_PROGRESS, () -> {
            Hold.unhold(this);
            return null;
        });
    }

    @Override
    public void swapHold(TerminalConnection active) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        connection.call().provider().require(Extension.SWAP_HOLD, "swapHold");
        connection.call().provider().command(Ev.META_CALL_PROGRESS, () -> {
            Hold.swap(this, active);
            return null;
        });
    }

    @Override
    public TerminalConnectionCapabilities getCapabilities() {
        return Capabilities.terminalConnection(this);
    }

    @Override
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal,
            javax.telephony.Address address) throws InvalidArgumentException, PlatformException {
        connection.call().provider().checkTerminal(terminal, "terminal");
        connection.call().provider().checkAddress(address, "address");
        return Capabilities.terminalConnection(this);
    }

    @Override
    public String toString() {
        return "TerminalConnection[" + terminal.getName() + " on " + connection.address().getName() + " in call "
                + connection.call().id() + "]";
    }
}
