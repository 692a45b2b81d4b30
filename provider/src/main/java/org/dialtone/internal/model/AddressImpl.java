package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.capabilities.AddressCapabilities;

/**
 * A telephone number: one of the provider's local addresses (with its terminals), or a party
 * beyond it, which exists only as the address of its connection.
 */
public final class AddressImpl implements CallControlAddress {
    private final ProviderImpl provider;
    private final String name;
    private final boolean local;
    private volatile List<TerminalImpl> terminals = List.of();

    // Loop-owned; the arrays are views for any thread.
    private final List<ConnectionImpl> connections = new ArrayList<>();
    private volatile Connection[] connectionView;
    final Registrations<CallObserver> callObservers = new Registrations<>(CallObserver.class);
    final Registrations<CallListener> callListeners = new Registrations<>(CallListener.class);
    final Registrations<AddressObserver> observers = new Registrations<>(AddressObserver.class);
    final Registrations<AddressListener> listeners = new Registrations<>(AddressListener.class);

    AddressImpl(ProviderImpl provider, String name, boolean local) {
        this.provider = provider;
        this.name = name;
        this.local = local;
    }

    void setTerminals(List<TerminalImpl> list) {
        terminals = List.copyOf(list);
    }

    boolean isLocal() {
        return local;
    }

    List<TerminalImpl> terminalList() {
        return terminals;
    }

    boolean hasTerminal(TerminalImpl terminal) {
        return terminals.contains(terminal);
    }

    /** Loop only: the connection joined a call here. */
    void connectionAdded(ConnectionImpl c) {
        connections.add(c);
        connectionView = connections.toArray(new Connection[0]);
    }

    /** Loop only: the connection left its call. */
    void connectionRemoved(ConnectionImpl c) {
        connections.remove(c);
        connectionView = connections.isEmpty() ? null : connections.toArray(new Connection[0]);
    }

    /** Loop only: the live connections here, in creation order. */
    List<ConnectionImpl> connectionList() {
        return connections;
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
    public Terminal[] getTerminals() {
        List<TerminalImpl> now = terminals;
        return now.isEmpty() ? null : now.toArray(new Terminal[0]);
    }

    @Override
    public Connection[] getConnections() {
        return connectionView;
    }

    @Override
    public void addObserver(AddressObserver observer) throws MethodNotSupportedException {
        requireLocal();
        provider.addAddressSubscriber(this, observers, observer);
    }

    @Override
    public AddressObserver[] getObservers() {
        return observers.toArray();
    }

    @Override
    public void removeObserver(AddressObserver observer) {
        provider.removeAddressSubscriber(this, observers, observer);
    }

    @Override
    public void addAddressListener(AddressListener listener) throws MethodNotSupportedException {
        requireLocal();
        provider.addAddressSubscriber(this, listeners, listener);
    }

    @Override
    public AddressListener[] getAddressListeners() {
        return listeners.toArray();
    }

    @Override
    public void removeAddressListener(AddressListener listener) {
        provider.removeAddressSubscriber(this, listeners, listener);
    }

    @Override
    public void addCallObserver(CallObserver observer) throws MethodNotSupportedException {
        requireLocal();
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
    public void addCallListener(CallListener listener) throws MethodNotSupportedException {
        requireLocal();
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
    public AddressCapabilities getCapabilities() {
        return Capabilities.address(this);
    }

    @Override
    public AddressCapabilities getAddressCapabilities(Terminal terminal)
            throws InvalidArgumentException, PlatformException {
        provider.checkTerminal(terminal, "terminal");
        return Capabilities.address(this);
    }

    // Forwarding, do-not-disturb and message waiting are switch features this provider does not
    // offer yet; its capabilities say so.

    @Override
    public void setForwarding(CallControlForwarding[] instructions) throws MethodNotSupportedException {
        throw Refusals.notSupported("forwarding");
    }

    @Override
    public CallControlForwarding[] getForwarding() throws MethodNotSupportedException {
        throw Refusals.notSupported("forwarding");
    }

    @Override
    public void cancelForwarding() throws MethodNotSupportedException {
        throw Refusals.notSupported("forwarding");
    }

    @Override
    public boolean getDoNotDisturb() throws MethodNotSupportedException {
        throw Refusals.notSupported("do not disturb");
    }

    @Override
    public void setDoNotDisturb(boolean enable) throws MethodNotSupportedException {
        throw Refusals.notSupported("do not disturb");
    }

    @Override
    public boolean getMessageWaiting() throws MethodNotSupportedException {
        throw Refusals.notSupported("message waiting");
    }

    @Override
    public void setMessageWaiting(boolean enable) throws MethodNotSupportedException {
        throw Refusals.notSupported("message waiting");
    }

    /** Only local addresses can be observed: a party beyond the switch has no events of its own. */
    private void requireLocal() throws MethodNotSupportedException {
        if (!local) {
            throw new MethodNotSupportedException(this + " is beyond provider " + provider.getName()
                    + " and cannot be observed; observe the call instead");
        }
    }

    @Override
    public String toString() {
        return "Address[" + name + "]";
    }
}
