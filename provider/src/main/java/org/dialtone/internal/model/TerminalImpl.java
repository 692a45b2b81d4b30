package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.events.Ev;
import org.dialtone.internal.capability.Capability;

/** A phone of the provider: it serves one or more local addresses (several phones = a shared line). */
public final class TerminalImpl implements CallControlTerminal {
    private final ProviderImpl provider;
    private final String name;
    private volatile List<AddressImpl> addresses = List.of();

    // Loop-owned; the array is a view for any thread.
    private final List<TerminalConnectionImpl> terminalConnections = new ArrayList<>(0); // grows from one slot: a phone mostly has one call
    private volatile TerminalConnection[] terminalConnectionView;
    final Registrations<CallObserver> callObservers = new Registrations<>(CallObserver.class);
    final Registrations<CallListener> callListeners = new Registrations<>(CallListener.class);
    final Registrations<TerminalObserver> observers = new Registrations<>(TerminalObserver.class);
    final Registrations<TerminalListener> listeners = new Registrations<>(TerminalListener.class);
    /** Do-not-disturb (LineFeatures), written on the loop. */
    volatile boolean doNotDisturb;

    TerminalImpl(ProviderImpl provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    void setAddresses(List<AddressImpl> list) {
        addresses = List.copyOf(list);
    }

    /** Loop only. */
    void terminalConnectionAdded(TerminalConnectionImpl tc) {
        terminalConnections.add(tc);
        terminalConnectionView = terminalConnections.toArray(new TerminalConnection[0]);
    }

    /** Loop only. */
    void terminalConnectionRemoved(TerminalConnectionImpl tc) {
        terminalConnections.remove(tc);
        terminalConnectionView = terminalConnections.isEmpty() ? null
                : terminalConnections.toArray(new TerminalConnection[0]);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public Address[] getAddresses() {
        List<AddressImpl> now = addresses;
        return now.isEmpty() ? null : now.toArray(new Address[0]);
    }

    @Override
    public TerminalConnection[] getTerminalConnections() {
        return terminalConnectionView;
    }

    @Override
    public void addObserver(TerminalObserver observer) {
        provider.addTerminalSubscriber(this, observers, observer);
    }

    @Override
    public TerminalObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void removeObserver(TerminalObserver observer) {
        provider.removeTerminalSubscriber(this, observers, observer);
    }

    @Override
    public void addTerminalListener(TerminalListener listener) {
        provider.addTerminalSubscriber(this, listeners, listener);
    }

    @Override
    public TerminalListener[] getTerminalListeners() {
        return listeners.toArray();
    }

    @Override
    public void removeTerminalListener(TerminalListener listener) {
        provider.removeTerminalSubscriber(this, listeners, listener);
    }

    @Override
    public void addCallObserver(CallObserver observer) {
        provider.addCallSubscriber(this, callObservers, observer, false);
    }

    @Override
    public CallObserver[] getCallObservers() {
        return callObservers.toArray();
    }

    @Override
    public void removeCallObserver(CallObserver observer) {
        provider.removeCallSubscriber(this, callObservers, observer, false);
    }

    @Override
    public void addCallListener(CallListener listener) {
        provider.addCallSubscriber(this, callListeners, listener, true);
    }

    @Override
    public CallListener[] getCallListeners() {
        return callListeners.toArray();
    }

    @Override
    public void removeCallListener(CallListener listener) {
        provider.removeCallSubscriber(this, callListeners, listener, true);
    }

    @Override
    public TerminalCapabilities getCapabilities() {
        return Capabilities.terminal(this);
    }

    @Override
    public TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException {
        provider.checkTerminal(terminal, "terminal");
        provider.checkAddress(address, "address");
        return Capabilities.terminal(this);
    }

    // Pickup: see Pickup. Arguments are checked here, before the operation goes to the loop.

    @Override
    public TerminalConnection pickup(javax.telephony.Connection pickupConnection, Address terminalAddress)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.PICKUP_CONNECTION, "pickup");
        ConnectionImpl c = Pickup.checkConnection(provider, pickupConnection, "pickupConnection");
        AddressImpl at = Pickup.checkTerminalAddress(this, terminalAddress);
        return provider.command(Ev.META_CALL_PROGRESS, () -> Pickup.connection(this, c, at));
    }

    @Override
    public TerminalConnection pickup(TerminalConnection pickTermConn, Address terminalAddress)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.PICKUP_TERMINAL_CONNECTION, "pickup");
        TerminalConnectionImpl tc = Pickup.checkTerminalConnection(provider, pickTermConn, "pickTermConn");
        AddressImpl at = Pickup.checkTerminalAddress(this, terminalAddress);
        return provider.command(Ev.META_CALL_PROGRESS, () -> Pickup.terminalConnection(this, tc, at));
    }

    @Override
    public TerminalConnection pickup(Address pickupAddress, Address terminalAddress)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.PICKUP_FROM_ADDRESS, "pickup");
        AddressImpl from = provider.checkAddress(pickupAddress, "pickupAddress");
        AddressImpl at = Pickup.checkTerminalAddress(this, terminalAddress);
        return provider.command(Ev.META_CALL_PROGRESS, () -> Pickup.address(this, from, at));
    }

    @Override
    public TerminalConnection pickupFromGroup(String pickupGroup, Address terminalAddress)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.PICKUP_FROM_NAMED_GROUP, "pickupFromGroup");
        AddressImpl at = Pickup.checkTerminalAddress(this, terminalAddress);
        return provider.command(Ev.META_CALL_PROGRESS, () -> Pickup.group(this, pickupGroup, at));
    }

    @Override
    public TerminalConnection pickupFromGroup(Address terminalAddress)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.PICKUP_FROM_OWN_GROUP, "pickupFromGroup");
        AddressImpl at = Pickup.checkTerminalAddress(this, terminalAddress);
        return provider.command(Ev.META_CALL_PROGRESS, () -> Pickup.ownGroup(this, at));
    }

    // Do-not-disturb: see LineFeatures.

    @Override
    public boolean getDoNotDisturb() {
        return doNotDisturb;
    }

    /**
     * Switches do-not-disturb and sends {@code CallCtlTermDoNotDisturbEv}: while it is on, this
     * terminal does not ring, and a call to an address whose terminals all have it on is refused
     * as busy.
     */
    @Override
    public void setDoNotDisturb(boolean enable) throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_DO_NOT_DISTURB, "setDoNotDisturb");
        provider.command(Ev.META_UNKNOWN, () -> {
            LineFeatures.doNotDisturb(provider, this, enable);
            return null;
        });
    }

    @Override
    public String toString() {
        return "Terminal[" + name + "]";
    }
}
