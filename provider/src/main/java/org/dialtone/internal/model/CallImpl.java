package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.events.Ev;
import org.dialtone.ext.ConferenceSetup;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SecureCall;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.capability.Capability;
import org.dialtone.internal.event.CallInfo;

/**
 * A call: its connections, its parties, and the operations that change them. Every operation
 * method here runs on the provider's loop, checks before it changes anything (so an exception
 * leaves the call as it was), and records the events of each transition as it makes it.
 */
public final class CallImpl implements CallControlCall, SecureCall, ConferenceSetup {
    private final ProviderImpl provider;
    private final long id;
    private final CallSettings settings = new CallSettings(this);
    private volatile int state = Call.IDLE;
    private volatile CallInfo parties = CallInfo.NONE;
    /** Set once, on the loop (see SecureCalls). */
    private volatile boolean secure;
    /** Loop-owned: for a callback call (call completion), whom to call once the requester answers. */
    private AddressImpl callbackTarget;

    // Loop-owned; the array is a view for any thread.
    private final List<ConnectionImpl> connections = new ArrayList<>(2);
    private volatile Connection[] connectionView;
    private final List<Attachment> observerAttachments = new ArrayList<>();
    private final List<Attachment> listenerAttachments = new ArrayList<>();
    /**
     * Observers and listeners the application removed from this call with removeObserver/removeCallListener.
     * Made on first use: few calls ever have one, and two empty identity sets were a third of a call's heap.
     */
    private Set<Object> removedObservers;
    private Set<Object> removedListeners;

    CallImpl(ProviderImpl provider, long id) {
        this.provider = provider;
        this.id = id;
    }

    long id() {
        return id;
    }

    ProviderImpl provider() {
        return provider;
    }

    CallInfo parties() {
        return parties;
    }

    /** Its transfer and conference settings and consultation links. */
    CallSettings settings() {
        return settings;
    }

    List<ConnectionImpl> connectionList() {
        return connections;
    }

    List<Attachment> observerAttachments() {
        return observerAttachments;
    }

    List<Attachment> listenerAttachments() {
        return listenerAttachments;
    }

    /**
     * Loop only: the listeners (or observers) the application removed from this call, which the
     * call's addresses and terminals must not attach again; an explicit add takes one out.
     */
    Set<Object> removedByApplication(boolean listener) {
        if (listener) {
            if (removedListeners == null) {
                removedListeners = Collections.newSetFromMap(new IdentityHashMap<>(2));
            }
            return removedListeners;
        }
        if (removedObservers == null) {
            removedObservers = Collections.newSetFromMap(new IdentityHashMap<>(2));
        }
        return removedObservers;
    }

    /** Loop only: whether the application removed {@code target} from this call; makes no set. */
    boolean wasRemovedByApplication(boolean listener, Object target) {
        Set<Object> removed = listener ? removedListeners : removedObservers;
        return removed != null && removed.contains(target);
    }

    static String stateName(int state) {
        switch (state) {
            case Call.IDLE: return "IDLE";
            case Call.ACTIVE: return "ACTIVE";
            case Call.INVALID: return "INVALID";
            default: return "state " + state;
        }
    }

    // ---- operations (loop only) -------------------------------------------------------------

    Connection[] connect(TerminalImpl terminal, AddressImpl address, String destination)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException {
        requireIdle("connect needs an IDLE call");
        provider.requireInService();
        requireServes(terminal, address);
        AddressImpl called = provider.destination(destination);
        parties = new CallInfo(address, terminal, called, null);
        ConnectionImpl origin = originate(address, terminal);
        return new Connection[] {origin, place(origin, called)};
    }

    Connection offHook(AddressImpl address, TerminalImpl terminal) throws InvalidStateException {
        requireIdle("offHook needs an IDLE call");
        provider.requireInService();
        parties = new CallInfo(address, terminal, null, null);
        return originate(address, terminal);
    }

    void addToAddress(ConnectionImpl origin, String digits) throws InvalidStateException {
        ConnectionState s = origin.state();
        if (s != ConnectionState.INITIATED && s != ConnectionState.DIALING) {
            throw Refusals.connection(origin, "addToAddress needs an INITIATED or DIALING connection");
        }
        String number = origin.dial(digits);
        origin.moveTo(ConnectionState.DIALING, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        boolean terminated = number.endsWith("#");
        if (terminated) {
            number = number.substring(0, number.length() - 1);
        }
        if (!terminated && !provider.isCompleteNumber(number)) {
            return;
        }
        AddressImpl called;
        try {
            called = provider.destination(number);
        } catch (InvalidPartyException e) {
            // The dialled number cannot be reached: the caller hears reorder tone.
            called = new AddressImpl(provider, number, false);
            parties = parties.withCalledAddress(called);
            origin.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
            ConnectionImpl dest = newConnection(called, LegIds.next());
            dest.moveTo(ConnectionState.FAILED, Ev.CAUSE_DEST_NOT_OBTAINABLE, CallCtlEv.CAUSE_REORDER_TONE);
            return;
        }
        parties = parties.withCalledAddress(called);
        place(origin, called);
    }

    /** A new call from the backend: the remote {@code caller} calls the local {@code address}. */
    void incoming(long leg, String caller, AddressImpl address) {
        AddressImpl calling = new AddressImpl(provider, caller, false);
        parties = new CallInfo(calling, null, address, null);
        activate();
        ConnectionImpl remote = newConnection(calling, leg);
        remote.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NEW_CALL, Ev.CAUSE_NEW_CALL);
        ConnectionImpl local = newConnection(address, LegIds.next());
        offerLocally(local, caller, leg);
    }

    void answer(TerminalConnectionImpl tc) throws InvalidStateException {
        provider.requireInService();
        if (tc.state() != TerminalConnectionState.RINGING) {
            throw Refusals.terminalConnection(tc, "answer needs a RINGING terminal connection");
        }
        answered(tc.connection(), tc);
        provider.backend().answer(tc.connection().leg, tc.terminal().getName());
    }

    void accept(ConnectionImpl c) throws InvalidStateException {
        provider.requireInService();
        if (c.state() != ConnectionState.OFFERED) {
            throw Refusals.connection(c, "accept needs an OFFERED connection");
        }
        alertLocally(c);
    }

    void reject(ConnectionImpl c) throws InvalidStateException {
        provider.requireInService();
        if (c.state() != ConnectionState.OFFERED) {
            throw Refusals.connection(c, "reject needs an OFFERED connection");
        }
        release(c, Ev.CAUSE_CALL_CANCELLED, true);
    }

    void disconnect(ConnectionImpl c) throws InvalidStateException {
        provider.requireInService();
        ConnectionState s = c.state();
        if (s == ConnectionState.IDLE || s == ConnectionState.DISCONNECTED) {
            throw Refusals.connection(c, "disconnect needs a connection that is part of a call");
        }
        release(c, Ev.CAUSE_NORMAL, true);
    }

    void dropAll() throws InvalidStateException {
        provider.requireInService();
        if (state != Call.ACTIVE) {
            throw Refusals.call(this, "drop needs an ACTIVE call");
        }
        end(Ev.CAUSE_NORMAL);
    }

    void join(TerminalConnectionImpl tc) throws InvalidStateException {
        provider.requireInService();
        TerminalConnectionState s = tc.state();
        if (s != TerminalConnectionState.BRIDGED || tc.connection().state() != ConnectionState.ESTABLISHED) {
            throw Refusals.terminalConnection(tc, "join needs a BRIDGED terminal connection of an "
                    + "ESTABLISHED connection");
        }
        if (secure) {
            throw Refusals.call(this, "it is secured against interruption, so no other phone may join it");
        }
        tc.moveTo(TerminalConnectionState.TALKING, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
    }

    void leave(TerminalConnectionImpl tc) throws InvalidStateException {
        provider.requireInService();
        if (tc.state() == TerminalConnectionState.IDLE || tc.state() == TerminalConnectionState.DROPPED) {
            throw Refusals.terminalConnection(tc, "leave needs a terminal connection that is part of a call");
        }
        ConnectionImpl c = tc.connection();
        boolean othersActive = c.terminalConnectionList().stream().anyMatch(o -> o != tc && o.isActive());
        boolean last = c.terminalConnectionList().size() == 1;
        if (tc.isActive() && !othersActive || last) {
            // The last phone in the call hangs up (or the only ringing one refuses): the party leaves.
            release(c, Ev.CAUSE_NORMAL, true);
        } else {
            tc.moveTo(TerminalConnectionState.DROPPED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        }
    }

    /**
     * Redirects the local connection {@code c}, alerting or offered, to {@code destination}: the
     * switch diverts it ({@link #divert}) and the new connection is returned.
     */
    Connection redirect(ConnectionImpl c, String destination) throws InvalidStateException, InvalidPartyException {
        provider.requireInService();
        ConnectionState s = c.state();
        if (!c.isLocal() || s != ConnectionState.ALERTING && s != ConnectionState.OFFERED) {
            throw Refusals.connection(c, "redirect needs an ALERTING or OFFERED connection of a local address");
        }
        AddressImpl to = provider.destination(destination);
        if (to == c.address()) {
            throw Refusals.destination("cannot redirect " + c + " to its own address " + destination);
        }
        String caller = callerOtherThan(c);
        ConnectionImpl next = divert(c, to, LegIds.next());
        provider.backend().redirect(c.leg, next.leg, caller, to.getName());
        return next;
    }

    /** The calling number, as the switch knows the call: the calling address, else another party's. */
    private String callerOtherThan(ConnectionImpl c) {
        Address calling = parties.getCallingAddress();
        if (calling != null) {
            return calling.getName();
        }
        return connections.stream().filter(o -> o != c).findFirst().map(o -> o.address().getName())
                .orElse(c.address().getName());
    }

    /**
     * Camp-on (call completion): the busy connection {@code failed} leaves the call and a new
     * connection at the same address waits there, QUEUED, until the switch offers it.
     */
    ConnectionImpl campOn(ConnectionImpl failed) {
        disconnected(failed, Ev.CAUSE_NORMAL, false);
        ConnectionImpl queued = newConnection(failed.address(), LegIds.next());
        queued.moveTo(ConnectionState.QUEUED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        return queued;
    }

    /**
     * A callback call (call completion): the switch rings {@code requester} as {@code leg}, with
     * {@code CAUSE_CALL_BACK}; when it answers, the call is placed to {@code target}.
     */
    void callback(long leg, AddressImpl requester, AddressImpl target) {
        parties = new CallInfo(requester, null, target, null);
        callbackTarget = target;
        activate();
        alertLocally(newConnection(requester, leg), CallCtlEv.CAUSE_CALL_BACK);
    }

    /** The provider shuts down: every party is hung up and the call ends. */
    void endForShutdown() {
        end(Ev.CAUSE_NORMAL);
    }

    // ---- handoff (loop only; see Handoffs) ----------------------------------------------------

    /** A call handed over from another provider starts here, ACTIVE, with its parties. */
    void arrive(CallInfo from) {
        parties = from;
        activate();
    }

    /** A connection of a call handed over, on its existing leg, in the state it is in. */
    ConnectionImpl arrived(AddressImpl address, long leg, ConnectionState s) {
        ConnectionImpl c = newConnection(address, leg);
        c.moveTo(s, Ev.CAUSE_SNAPSHOT, Ev.CAUSE_SNAPSHOT);
        return c;
    }

    /** The call went to another provider, with its legs: it ends here and the backend keeps the legs. */
    void handedOff(int cause) {
        end(cause, false);
    }

    // ---- signals from the backend (loop only) -----------------------------------------------

    void onReached(ConnectionImpl c) {
        if (!c.isLocal() && c.state() == ConnectionState.IDLE) {
            c.moveTo(ConnectionState.NETWORK_REACHED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        }
    }

    void onOffered(ConnectionImpl c) {
        if (c.isLocal() && c.state() == ConnectionState.IDLE) {
            c.moveTo(ConnectionState.OFFERED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        }
    }

    void onAlerting(ConnectionImpl c) {
        ConnectionState s = c.state();
        boolean waiting = s == ConnectionState.IDLE || s == ConnectionState.OFFERED || s == ConnectionState.QUEUED;
        if (c.isLocal() && waiting) {
            alertLocally(c);
        } else if (!c.isLocal() && (s == ConnectionState.IDLE || s == ConnectionState.NETWORK_REACHED)) {
            c.moveTo(ConnectionState.NETWORK_ALERTING, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        }
    }

    void onAnswered(ConnectionImpl c, String terminalName) {
        if (!c.state().isLive() || c.state() == ConnectionState.ESTABLISHED) {
            return;
        }
        if (!c.isLocal()) {
            c.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
            return;
        }
        if (c.terminalConnectionList().isEmpty()) {
            alertLocally(c);
        }
        TerminalConnectionImpl answering = c.terminalConnectionList().stream()
                .filter(tc -> tc.terminal().getName().equals(terminalName)).findFirst()
                .orElse(c.terminalConnectionList().get(0));
        answered(c, answering);
    }

    void onFailed(ConnectionImpl c, int cause) {
        if (!c.state().isLive()) {
            return;
        }
        fail(c, cause);
        boolean localPartyLeft = connections.stream()
                .anyMatch(o -> o.isLocal() && o.state().isLive() && o.state() != ConnectionState.FAILED);
        if (!localPartyLeft) {
            end(Ev.CAUSE_NORMAL);
        }
    }

    void onReleased(ConnectionImpl c, int cause) {
        if (c.state() != ConnectionState.DISCONNECTED) {
            release(c, cause, false);
        }
    }

    /**
     * The switch diverted the leg of {@code c} (forwarding) to {@code destination} as
     * {@code newLeg}: the same states as a redirect.
     */
    void onDiverted(ConnectionImpl c, long newLeg, String destination) {
        AddressImpl to;
        try {
            to = provider.destination(destination);
        } catch (InvalidPartyException e) {
            provider.backend().release(newLeg, Ev.CAUSE_DEST_NOT_OBTAINABLE);
            onFailed(c, Ev.CAUSE_DEST_NOT_OBTAINABLE);
            return;
        }
        if (!c.state().isLive() || c.state() == ConnectionState.ESTABLISHED) {
            provider.backend().release(newLeg, Ev.CAUSE_NORMAL); // crossed with an answer or a hang-up
            return;
        }
        divert(c, to, newLeg);
    }

    // ---- listeners and observers --------------------------------------------------------------

    @Override
    public void addObserver(CallObserver observer) {
        provider.attachToCall(this, observer, false);
    }

    @Override
    public CallObserver[] getObservers() {
        return provider.attachedTo(this, observerAttachments, CallObserver.class);
    }

    @Override
    public void removeObserver(CallObserver observer) {
        provider.detachFromCall(this, observer, false);
    }

    @Override
    public void addCallListener(CallListener listener) {
        provider.attachToCall(this, listener, true);
    }

    @Override
    public CallListener[] getCallListeners() {
        return provider.attachedTo(this, listenerAttachments, CallListener.class);
    }

    @Override
    public void removeCallListener(CallListener listener) {
        provider.detachFromCall(this, listener, true);
    }

    /** Loop only: the present state as changes with the snapshot cause. */
    List<Change> snapshot() {
        List<Change> list = new ArrayList<>();
        if (state != Call.ACTIVE) {
            return list;
        }
        list.add(Change.ofCall(this, CallEvent.CALL_ACTIVE, Ev.CAUSE_SNAPSHOT));
        if (secure) {
            list.add(Change.ofPrivateData(this, SecureCall.Notice.SECURED, Ev.CAUSE_SNAPSHOT));
        }
        for (ConnectionImpl c : connections) {
            ConnectionState s = c.state();
            list.add(Change.ofConnection(c, s.coreEventId(), s.coreEventId(), false, Ev.CAUSE_SNAPSHOT,
                    Ev.CAUSE_SNAPSHOT));
            if (s.callControlListenerId() != 0) {
                list.add(Change.ofConnection(c, s.callControlListenerId(), s.callControlObserverId(), true,
                        Ev.CAUSE_SNAPSHOT, Ev.CAUSE_SNAPSHOT));
            }
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                TerminalConnectionState ts = tc.state();
                list.add(Change.ofTerminalConnection(tc, ts.coreEventId(), ts.coreEventId(), false,
                        Ev.CAUSE_SNAPSHOT, Ev.CAUSE_SNAPSHOT));
                if (ts.callControlListenerId() != 0) {
                    list.add(Change.ofTerminalConnection(tc, ts.callControlListenerId(),
                            ts.callControlObserverId(), true, Ev.CAUSE_SNAPSHOT, Ev.CAUSE_SNAPSHOT));
                }
            }
        }
        return list;
    }

    // ---- the rest of Call -----------------------------------------------------------------------

    @Override
    public Connection[] connect(Terminal origterm, Address origaddr, String dialedDigits)
            throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.CONNECT, "connect");
        TerminalImpl terminal = provider.checkTerminal(origterm, "origterm");
        AddressImpl address = provider.checkAddress(origaddr, "origaddr");
        return provider.command(Ev.META_CALL_STARTING, () -> connect(terminal, address, dialedDigits));
    }

    @Override
    public Connection offHook(Address origaddress, Terminal origterminal)
            throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.OFF_HOOK, "offHook");
        TerminalImpl terminal;
        AddressImpl address;
        try {
            terminal = provider.checkTerminal(origterminal, "origterminal");
            address = provider.checkAddress(origaddress, "origaddress");
            requireServes(terminal, address); // fixed topology: safe to check off the loop
        } catch (InvalidArgumentException e) {
            // offHook declares no InvalidArgumentException; a foreign object is a caller's mistake
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return provider.command(Ev.META_CALL_STARTING, () -> offHook(address, terminal));
    }

    @Override
    public void drop() throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.DROP, "drop");
        provider.command(Ev.META_CALL_ENDING, () -> {
            dropAll();
            return null;
        });
    }

    @Override
    public Connection[] getConnections() {
        return connectionView;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public Address getCallingAddress() {
        return parties.getCallingAddress();
    }

    @Override
    public Terminal getCallingTerminal() {
        return parties.getCallingTerminal();
    }

    @Override
    public Address getCalledAddress() {
        return parties.getCalledAddress();
    }

    @Override
    public Address getLastRedirectedAddress() {
        return parties.getLastRedirectedAddress();
    }

    @Override
    public CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException {
        provider.checkTerminal(terminal, "terminal");
        provider.checkAddress(address, "address");
        return Capabilities.call(this);
    }

    @Override
    public CallCapabilities getCallCapabilities(Terminal terminal, Address address)
            throws InvalidArgumentException, PlatformException {
        return getCapabilities(terminal, address);
    }

    // ---- ext: SecureCall (see SecureCalls) ------------------------------------------------------

    @Override
    public void secure() throws InvalidStateException, MethodNotSupportedException {
        provider.require(Extension.SECURE_CALL, "secure");
        provider.command(Ev.META_CALL_PROGRESS, () -> {
            SecureCalls.secure(this);
            return null;
        });
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    /** Loop only: the call is secured from now on. */
    void markSecure() {
        secure = true;
    }

    // ---- consultation, transfer and conference (the work is in Consultation, Transfer, Conference) --

    @Override
    public Connection[] consult(TerminalConnection termconn, String address)
            throws InvalidStateException, InvalidArgumentException, InvalidPartyException, MethodNotSupportedException {
        provider.require(Capability.CONSULT_TO_ADDRESS, "consult");
        return provider.command(Ev.META_CALL_STARTING, () -> Consultation.consult(this, termconn, address));
    }

    @Override
    public Connection consult(TerminalConnection termconn) throws InvalidStateException, InvalidArgumentException, MethodNotSupportedException {
        provider.require(Capability.CONSULT_WITHOUT_ADDRESS, "consult");
        return provider.command(Ev.META_CALL_STARTING, () -> Consultation.consult(this, termconn));
    }

    @Override
    public void transfer(Call otherCall) throws InvalidArgumentException, InvalidStateException, InvalidPartyException,
            MethodNotSupportedException {
        provider.require(Capability.TRANSFER_TO_CALL, "transfer");
        Transfer.transfer(this, otherCall);
    }

    @Override
    public Connection transfer(String address)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException, MethodNotSupportedException {
        provider.require(Capability.TRANSFER_TO_ADDRESS, "transfer");
        return BlindTransfer.transfer(this, address);
    }

    @Override
    public void conference(Call otherCall) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.CONFERENCE, "conference");
        provider.command(Ev.META_CALL_MERGING, () -> {
            Conference.conference(this, otherCall);
            return null;
        });
    }

    @Override
    public Connection addParty(String newParty) throws InvalidStateException, InvalidPartyException, MethodNotSupportedException {
        provider.require(Capability.ADD_PARTY, "addParty");
        return provider.command(Ev.META_CALL_ADDITIONAL_PARTY, () -> Conference.addParty(this, newParty));
    }

    @Override
    public CallControlCall setupConference(TerminalConnection controller, String destination)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException, MethodNotSupportedException {
        provider.require(Extension.CONFERENCE_SETUP, "setupConference");
        if (destination == null) {
            throw Refusals.destination("setupConference needs a destination, got null");
        }
        return provider.command(Ev.META_CALL_STARTING,
                () -> Consultation.setupConference(this, controller, destination));
    }

    @Override
    public CallControlCall setupConference(TerminalConnection controller)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Extension.CONFERENCE_SETUP, "setupConference");
        return provider.command(Ev.META_CALL_STARTING, () -> Consultation.setupConference(this, controller, null));
    }

    @Override
    public Call[] getConferenceRelatedCalls() {
        List<CallImpl> related = settings.related();
        return related == null ? null : related.toArray(new Call[0]);
    }

    @Override
    public TerminalConnection getConferenceController() {
        return settings.conferenceController();
    }

    @Override
    public void setConferenceController(TerminalConnection termconn)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_CONFERENCE_CONTROLLER, "setConferenceController");
        provider.command(Ev.META_UNKNOWN, () -> {
            settings.setConferenceController(termconn);
            return null;
        });
    }

    @Override
    public boolean getConferenceEnable() {
        return settings.conferenceEnable();
    }

    @Override
    public void setConferenceEnable(boolean enable) throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_CONFERENCE_ENABLE, "setConferenceEnable");
        provider.command(Ev.META_UNKNOWN, () -> {
            settings.setConferenceEnable(enable);
            return null;
        });
    }

    @Override
    public TerminalConnection getTransferController() {
        return settings.transferController();
    }

    @Override
    public void setTransferController(TerminalConnection termconn)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_TRANSFER_CONTROLLER, "setTransferController");
        provider.command(Ev.META_UNKNOWN, () -> {
            settings.setTransferController(termconn);
            return null;
        });
    }

    @Override
    public boolean getTransferEnable() {
        return settings.transferEnable();
    }

    @Override
    public void setTransferEnable(boolean enable) throws InvalidStateException, MethodNotSupportedException {
        provider.require(Capability.SET_TRANSFER_ENABLE, "setTransferEnable");
        provider.command(Ev.META_UNKNOWN, () -> {
            settings.setTransferEnable(enable);
            return null;
        });
    }

    @Override
    public String toString() {
        return "Call[" + id + "]";
    }

    // ---- transitions ----------------------------------------------------------------------------

    private void requireIdle(String needed) throws InvalidStateException {
        if (state != Call.IDLE) {
            throw Refusals.call(this, needed);
        }
    }

    private static void requireServes(TerminalImpl terminal, AddressImpl address) throws InvalidArgumentException {
        if (!address.hasTerminal(terminal)) {
            throw Refusals.argument(terminal + " is not a terminal of " + address);
        }
    }

    private void activate() {
        state = Call.ACTIVE;
        provider.callStarted(this);
        provider.record(Change.ofCall(this, CallEvent.CALL_ACTIVE, Ev.CAUSE_NEW_CALL));
    }

    /** The local originating side: ACTIVE call, connection INITIATED, terminal TALKING. */
    private ConnectionImpl originate(AddressImpl address, TerminalImpl terminal) {
        activate();
        ConnectionImpl origin = newConnection(address, LegIds.next());
        origin.moveTo(ConnectionState.INITIATED, Ev.CAUSE_NEW_CALL, Ev.CAUSE_NEW_CALL);
        TerminalConnectionImpl tc = origin.newTerminalConnection(terminal);
        tc.moveTo(TerminalConnectionState.TALKING, Ev.CAUSE_NEW_CALL, Ev.CAUSE_NEW_CALL);
        return origin;
    }

    /** Dialling is complete: the originating side is established and the destination is called. */
    private ConnectionImpl place(ConnectionImpl origin, AddressImpl called) {
        origin.moveTo(ConnectionState.DIALING, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        origin.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        return reach(origin, called);
    }

    /** The established {@code origin} calls {@code called}: its connection is created and the switch told. */
    private ConnectionImpl reach(ConnectionImpl origin, AddressImpl called) {
        ConnectionImpl dest = newConnection(called, LegIds.next());
        String caller = origin.address().getName();
        if (called.isLocal()) {
            offerLocally(dest, caller);
        } else {
            provider.backend().route(dest.leg, caller, called.getName());
        }
        return dest;
    }

    /**
     * A call from {@code caller} rings the local address of {@code dest}, unless a secured call
     * there makes it busy: then it fails as a busy party's does, after this operation.
     */
    void offerLocally(ConnectionImpl dest, String caller) {
        offerLocally(dest, caller, 0);
    }

    /**
     * Like {@link #offerLocally(ConnectionImpl, String)} for a call that came in from the backend
     * with the remote leg {@code callerLeg} (0 for none), which the backend needs to find its side
     * of the call.
     */
    private void offerLocally(ConnectionImpl dest, String caller, long callerLeg) {
        if (SecureCalls.engages(dest.address())) {
            provider.signal(Ev.META_CALL_PROGRESS, () -> onFailed(dest, CallCtlEv.CAUSE_BUSY));
        } else if (callerLeg != 0) {
            provider.backend().offerIncoming(callerLeg, dest.leg, caller, dest.address().getName());
        } else {
            provider.backend().offer(dest.leg, caller, dest.address().getName());
        }
    }

    /** Loop only: a new IDLE connection for {@code address} on backend leg {@code leg}, announced as created. */
    ConnectionImpl newConnection(AddressImpl address, long leg) {
        ConnectionImpl c = new ConnectionImpl(this, address, leg);
        connections.add(c);
        connectionView = connections.toArray(new Connection[0]);
        address.connectionAdded(c);
        provider.legStarted(c);
        int id = ConnectionState.IDLE.coreEventId();
        provider.record(Change.ofConnection(c, id, id, false, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL));
        return c;
    }

    /**
     * The leg of {@code from}, alerting or offered, goes to {@code to} instead as {@code newLeg}
     * (redirect or forwarding): {@code from} leaves the call with {@code CAUSE_REDIRECTED}, the call
     * names it as its last redirected address, and the new connection is created.
     */
    private ConnectionImpl divert(ConnectionImpl from, AddressImpl to, long newLeg) {
        parties = parties.withLastRedirectedAddress(from.address());
        disconnected(from, CallCtlEv.CAUSE_REDIRECTED, false);
        return newConnection(to, newLeg);
    }

    private void alertLocally(ConnectionImpl c) {
        alertLocally(c, Ev.CAUSE_NORMAL);
    }

    /**
     * A local connection rings: ALERTING, with a RINGING terminal connection per terminal, leaving
     * out terminals in do-not-disturb unless all of them are.
     */
    private void alertLocally(ConnectionImpl c, int callControlCause) {
        c.moveTo(ConnectionState.ALERTING, coreCause(callControlCause), callControlCause);
        List<TerminalImpl> terminals = c.address().terminalList();
        boolean anyToDisturb = terminals.stream().anyMatch(t -> !t.doNotDisturb);
        for (TerminalImpl t : terminals) {
            if (!t.doNotDisturb || !anyToDisturb) {
                c.newTerminalConnection(t).moveTo(TerminalConnectionState.RINGING, coreCause(callControlCause),
                        callControlCause);
            }
        }
    }

    /** One terminal takes the call: it talks, the line's other terminals are bridged to it. */
    void answered(ConnectionImpl c, TerminalConnectionImpl answering) {
        answering.moveTo(TerminalConnectionState.TALKING, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        for (TerminalConnectionImpl other : new ArrayList<>(c.terminalConnectionList())) {
            if (other != answering && other.state() == TerminalConnectionState.RINGING) {
                // The line's other phones show the call and may join it (bridged line appearance).
                other.moveTo(TerminalConnectionState.BRIDGED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
            }
        }
        c.moveTo(ConnectionState.ESTABLISHED, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        if (callbackTarget != null) {
            // The requester of a callback answered: now the switch calls the party it wanted.
            AddressImpl target = callbackTarget;
            callbackTarget = null;
            reach(c, target);
        }
    }

    private void dropTerminals(ConnectionImpl c, int cause) {
        for (TerminalConnectionImpl tc : new ArrayList<>(c.terminalConnectionList())) {
            tc.moveTo(TerminalConnectionState.DROPPED, coreCause(cause), cause);
        }
    }

    private void fail(ConnectionImpl c, int cause) {
        c.failureCause = cause;
        dropTerminals(c, cause);
        c.moveTo(ConnectionState.FAILED, coreCause(cause), cause);
    }

    /**
     * The connection leaves the call; if fewer than two parties are left talking, the call ends.
     *
     * @param tellBackend whether the backend must still hang up the leg (false when it told us)
     */
    void release(ConnectionImpl c, int cause, boolean tellBackend) {
        disconnected(c, cause, tellBackend);
        long stillThere = connections.stream().filter(o -> o.state() != ConnectionState.FAILED).count();
        if (stillThere < 2) {
            end(Ev.CAUSE_NORMAL);
        }
    }

    /** Every connection leaves; the call becomes INVALID and the provider forgets it. */
    void end(int cause) {
        end(cause, true);
    }

    private void end(int cause, boolean tellBackend) {
        for (ConnectionImpl c : new ArrayList<>(connections)) {
            disconnected(c, cause, tellBackend);
        }
        state = Call.INVALID;
        provider.record(Change.ofCall(this, CallEvent.CALL_INVALID, coreCause(cause)));
        provider.callEnded(this);
    }

    /**
     * Loop only: {@code c} and its terminal connections leave the call (which goes on).
     *
     * @param tellBackend whether the backend must hang up the leg: false when it told us, or when
     *     the party moved to another call under the same leg
     */
    void disconnected(ConnectionImpl c, int cause, boolean tellBackend) {
        dropTerminals(c, cause);
        c.moveTo(ConnectionState.DISCONNECTED, coreCause(cause), cause);
        connections.remove(c);
        connectionView = connections.isEmpty() ? null : connections.toArray(new Connection[0]);
        c.address().connectionRemoved(c);
        provider.legEnded(c);
        if (tellBackend) {
            provider.backend().release(c.leg, cause);
        }
    }

    /** The core cause for a cause that may be a call-control one (which core events cannot carry). */
    private static int coreCause(int cause) {
        return cause >= Ev.CAUSE_NORMAL && cause <= Ev.CAUSE_SNAPSHOT ? cause : Ev.CAUSE_NORMAL;
    }
}
