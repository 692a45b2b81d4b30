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
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.events.Ev;
import org.dialtone.ext.CallCompletion;
import org.dialtone.ext.Extension;
import org.dialtone.internal.capability.Capability;

/**
 * A telephone number: one of the provider's local addresses (with its terminals), or a party
 * beyond it, which exists only as the address of its connection.
 */
public final class AddressImpl implements CallControlAddress, CallCompletion {
    private final ProviderImpl provider;
    private final String name;
    private final boolean local;
    private volatile List<TerminalImpl> terminals = List.of();

    // Loop-owned; the arrays are views for any thread.
    private final List<ConnectionImpl> connections = new ArrayList<>(0); // grows from one slot: a line mostly has one call
    private volatile Connection[] connectionView;
    final Registrations<CallObserver> callObservers = new Registrations<>(CallObserver.class);
    final Registrations<CallListener> callListeners = new Registrations<>(CallListener.class);
    final Registrations<AddressObserver> observers = new Registrations<>(AddressObserver.class);
    final Registrations<AddressListener> listeners = new Registrations<>(AddressListener.class);

    // Switch features (LineFeatures), written on the loop; null forwarding means none.
    volatile CallControlForwarding[] forwarding;
    volatile boolean doNotDisturb;
    volatile boolean messageWaiting;

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

    // ---- switch features: forwarding, do not disturb, message waiting (see LineFeatures) ----

    /**
     * Replaces this address's forwarding with {@code instructions} (an empty array removes it) and
     * sends {@code CallCtlAddrForwardEv}. The switch applies them to calls arriving from then on.
     */
    @Override
    public void setForwarding(CallControlForwarding[] instructions)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_FORWARDING, "setForwarding");
        requireLocal("forwarding");
        provider.command(Ev.META_UNKNOWN, () -> {
            LineFeatures.forward(provider, this, LineFeatures.checkForwarding(provider, this, instructions));
            return null;
        });
    }

    /** The forwarding instructions in force, in the order they were set; null if there are none. */
    @Override
    public CallControlForwarding[] getForwarding() throws MethodNotSupportedException {
        provider.require(Capability.GET_FORWARDING, "getForwarding");
        requireLocal("forwarding");
        CallControlForwarding[] now = forwarding;
        return now == null ? null : now.clone();
    }

    /** Removes every forwarding instruction and sends {@code CallCtlAddrForwardEv}. */
    @Override
    public void cancelForwarding() throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.CANCEL_FORWARDING, "cancelForwarding");
        requireLocal("forwarding");
        provider.command(Ev.META_UNKNOWN, () -> {
            LineFeatures.forward(provider, this, new CallControlForwarding[0]);
            return null;
        });
    }

    @Override
    public boolean getDoNotDisturb() throws MethodNotSupportedException {
        provider.require(Capability.GET_DO_NOT_DISTURB, "getDoNotDisturb");
        requireLocal("do not disturb");
        return doNotDisturb;
    }

    /**
     * Switches do-not-disturb and sends {@code CallCtlAddrDoNotDisturbEv}: while it is on, the
     * switch refuses calls to this address as busy.
     */
    @Override
    public void setDoNotDisturb(boolean enable) throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_DO_NOT_DISTURB, "setDoNotDisturb");
        requireLocal("do not disturb");
        provider.command(Ev.META_UNKNOWN, () -> {
            LineFeatures.doNotDisturb(provider, this, enable);
            return null;
        });
    }

    @Override
    public boolean getMessageWaiting() throws MethodNotSupportedException {
        provider.require(Capability.GET_MESSAGE_WAITING, "getMessageWaiting");
        requireLocal("message waiting");
        return messageWaiting;
    }

    /** Lights or puts out the message-waiting lamp and sends {@code CallCtlAddrMessageWaitingEv}. */
    @Override
    public void setMessageWaiting(boolean enable) throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_MESSAGE_WAITING, "setMessageWaiting");
        requireLocal("message waiting");
        provider.command(Ev.META_UNKNOWN, () -> {
            LineFeatures.messageWaiting(provider, this, enable);
            return null;
        });
    }

    // ---- call completion (extension) -------------------------------------------------------------

    @Override
    public Request completeCall(Connection unreached, Mode mode)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Extension.CALL_COMPLETION, "completeCall");
        requireLocal("call completion");
        return provider.command(Ev.META_CALL_PROGRESS, () -> provider.completions().request(this, unreached, mode));
    }

    @Override
    public Request[] getCompletionRequests() throws MethodNotSupportedException {
        provider.require(Extension.CALL_COMPLETION, "getCompletionRequests");
        requireLocal("call completion");
        List<CallCompletions.RequestImpl> now;
        try {
            now = provider.command(Ev.META_UNKNOWN, () -> provider.completions().of(this));
        } catch (Exception e) {
            if (e instanceof InvalidStateException) {
                return null; // shut down: the switch forgot every request
            }
            throw ModelLoop.<RuntimeException>rethrow(e);
        }
        return now.isEmpty() ? null : now.toArray(new Request[0]);
    }

    @Override
    public void cancelCompletion(Request request)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Extension.CALL_COMPLETION, "cancelCompletion");
        requireLocal("call completion");
        provider.command(Ev.META_CALL_PROGRESS, () -> {
            provider.completions().cancel(this, request);
            return null;
        });
    }

    /** Only local addresses can be observed: a party beyond the switch has no events of its own. */
    private void requireLocal() throws MethodNotSupportedException {
        if (!local) {
            throw new MethodNotSupportedException(this + " is beyond provider " + provider.getName()
                    + " and cannot be observed; observe the call instead");
        }
    }

    /** Only local addresses have switch features: a party beyond the switch is not ours to set. */
    private void requireLocal(String feature) throws MethodNotSupportedException {
        if (!local) {
            throw new MethodNotSupportedException(feature + " is not supported for " + this
                    + ", which is beyond provider " + provider.getName());
        }
    }

    @Override
    public String toString() {
        return "Address[" + name + "]";
    }
}
