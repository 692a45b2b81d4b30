package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.events.Ev;
import org.dialtone.ext.Extension;
import org.dialtone.ext.IndirectPark;
import org.dialtone.internal.capability.Capability;

/**
 * One party's part in a call. Its state changes only on the loop, through {@link #moveTo}, which
 * records the events each change announces.
 */
public final class ConnectionImpl implements CallControlConnection, IndirectPark {
    private final CallImpl call;
    private final AddressImpl address;
    /** The id the backend knows this leg by. */
    final long leg;
    private volatile ConnectionState state = ConnectionState.IDLE;

    // Loop-owned; the array is a view for any thread.
    private final List<TerminalConnectionImpl> terminalConnections = new ArrayList<>(1);
    private volatile TerminalConnection[] terminalConnectionView;
    /** Digits collected by overlap dialling, loop-owned; made on the first digits, as most calls never dial any. */
    private StringBuilder dialled;
    /** Loop-owned: for a connection waiting at a park orbit, the address that parked it (rung on recall). */
    AddressImpl parkedBy;
    /** The cause it FAILED with (call-control or core), loop-owned; 0 until then. */
    int failureCause;

    ConnectionImpl(CallImpl call, AddressImpl address, long leg) {
        this.call = call;
        this.address = address;
        this.leg = leg;
    }

    ConnectionState state() {
        return state;
    }

    CallImpl call() {
        return call;
    }

    AddressImpl address() {
        return address;
    }

    boolean isLocal() {
        return address.isLocal();
    }

    /** Loop only: every digit dialled so far, empty if none. */
    String dialled() {
        return dialled == null ? "" : dialled.toString();
    }

    /** Loop only: adds overlap-dialled digits; returns every digit dialled so far. */
    String dial(String digits) {
        if (dialled == null) {
            dialled = new StringBuilder();
        }
        return dialled.append(digits).toString();
    }

    /** Loop only: the terminal connections not yet dropped, in creation order. */
    List<TerminalConnectionImpl> terminalConnectionList() {
        return terminalConnections;
    }

    /** Loop only: a new terminal connection, IDLE, announced as created. */
    TerminalConnectionImpl newTerminalConnection(TerminalImpl terminal) {
        TerminalConnectionImpl tc = new TerminalConnectionImpl(this, terminal);
        terminalConnections.add(tc);
        terminalConnectionView = terminalConnections.toArray(new TerminalConnection[0]);
        terminal.terminalConnectionAdded(tc);
        call.provider().record(Change.ofTerminalConnection(tc, TerminalConnectionState.IDLE.coreEventId(),
                TerminalConnectionState.IDLE.coreEventId(), false, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL));
        return tc;
    }

    /** Loop only: the terminal connection dropped out. */
    void terminalConnectionRemoved(TerminalConnectionImpl tc) {
        terminalConnections.remove(tc);
        terminalConnectionView = terminalConnections.isEmpty() ? null
                : terminalConnections.toArray(new TerminalConnection[0]);
    }

    /**
     * Loop only: moves to {@code next} and records the events that announce it: the core event if
     * the core state changed, and the call-control event.
     */
    void moveTo(ConnectionState next, int cause, int callControlCause) {
        ConnectionState previous = state;
        if (previous == next) {
            return;
        }
        if (!previous.canMoveTo(next)) {
            throw new IllegalStateException(this + " cannot move from " + previous + " to " + next);
        }
        state = next;
        ProviderImpl provider = call.provider();
        if (previous.coreCode() != next.coreCode()) {
            provider.record(Change.ofConnection(this, next.coreEventId(), next.coreEventId(), false, cause,
                    callControlCause));
        }
        if (next.callControlListenerId() != 0) {
            provider.record(Change.ofConnection(this, next.callControlListenerId(), next.callControlObserverId(),
                    true, cause, callControlCause));
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
    public Call getCall() {
        return call;
    }

    @Override
    public Address getAddress() {
        return address;
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        return terminalConnectionView;
    }

    @Override
    public void disconnect() throws InvalidStateException, MethodNotSupportedException {
        call.provider().require(Capability.DISCONNECT, "disconnect");
        call.provider().command(Ev.META_CALL_REMOVING_PARTY, () -> {
            call.disconnect(this);
            return null;
        });
    }

    @Override
    public void accept() throws InvalidStateException, MethodNotSupportedException {
        call.provider().require(Capability.ACCEPT, "accept");
        call.provider().command(Ev.META_CALL_PROGRESS, () -> {
            call.accept(this);
            return null;
        });
    }

    @Override
    public void reject() throws InvalidStateException, MethodNotSupportedException {
        call.provider().require(Capability.REJECT, "reject");
        call.provider().command(Ev.META_CALL_ENDING, () -> {
            call.reject(this);
            return null;
        });
    }

    @Override
    public void addToAddress(String digits) throws InvalidStateException, MethodNotSupportedException {
        call.provider().require(Capability.ADD_TO_ADDRESS, "addToAddress");
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("addToAddress needs at least one digit, got "
                    + (digits == null ? "null" : "an empty string"));
        }
        call.provider().command(Ev.META_CALL_PROGRESS, () -> {
            call.addToAddress(this, digits);
            return null;
        });
    }

    /**
     * Sends this ALERTING or OFFERED connection's call to {@code destinationAddress} instead: this
     * connection is DISCONNECTED with {@code CallCtlEv.CAUSE_REDIRECTED}, the call's last redirected
     * address becomes this one's, and the new connection at the destination is returned (it goes on
     * as any called party does).
     */
    @Override
    public Connection redirect(String destinationAddress) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException {
        call.provider().require(Capability.REDIRECT, "redirect");
        return call.provider().command(Ev.META_CALL_PROGRESS, () -> call.redirect(this, destinationAddress));
    }

    @Override
    public Connection park(String destinationAddress) throws InvalidPartyException, InvalidStateException,
            MethodNotSupportedException {
        call.provider().require(Capability.PARK, "park");
        return call.provider().command(Ev.META_CALL_ADDITIONAL_PARTY, () -> Park.park(this, destinationAddress));
    }

    @Override
    public String parkIndirect() throws InvalidPartyException, InvalidStateException, MethodNotSupportedException,
            ResourceUnavailableException {
        call.provider().require(Extension.INDIRECT_PARK, "parkIndirect");
        return call.provider().command(Ev.META_CALL_ADDITIONAL_PARTY, () -> Park.parkIndirect(this));
    }

    @Override
    public ConnectionCapabilities getCapabilities() {
        return Capabilities.connection(this);
    }

    @Override
    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException {
        call.provider().checkTerminal(terminal, "terminal");
        call.provider().checkAddress(address, "address");
        return Capabilities.connection(this);
    }

    @Override
    public String toString() {
        return "Connection[" + address.getName() + " in call " + call.id() + "]";
    }
}
