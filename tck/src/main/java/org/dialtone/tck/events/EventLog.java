package org.dialtone.tck.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressListener;
import javax.telephony.callcontrol.CallControlAddressObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalListener;
import javax.telephony.callcontrol.CallControlTerminalObserver;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;

/**
 * One ordered record of every event its subscribers receive, from both event models. Each
 * {@code ...Observer()} and {@code ...Listener()} method returns the same subscriber object every
 * time, so a test can add and later remove it; subscribers that implement more interfaces hear more
 * (a plain {@code CallObserver} gets no call-control events, a plain {@code CallListener} no
 * connection events).
 *
 * <p>Thread-safe: providers call in on their own threads while the test waits with {@link #await}.
 */
public final class EventLog {

    /** Which event model delivered an event. */
    public enum Model { OBSERVER, LISTENER }

    private final Duration timeout;
    private final List<Seen> seen = new ArrayList<>(); // guarded by this
    private int deliveries; // guarded by this

    private final FullCallObserver callObserver = new FullCallObserver();
    private final CoreCallObserver coreCallObserver = new CoreCallObserver();
    private final FullCallListener callListener = new FullCallListener();
    private final CoreCallListener coreCallListener = new CoreCallListener();
    private final PlainCallListener plainCallListener = new PlainCallListener();
    private final AddressSubscriber addressSubscriber = new AddressSubscriber();
    private final TerminalSubscriber terminalSubscriber = new TerminalSubscriber();
    private final ProviderSubscriber providerSubscriber = new ProviderSubscriber();

    /** A log whose {@link #await} gives up after {@code timeout}. */
    public EventLog(Duration timeout) {
        this.timeout = timeout;
    }

    // ---- the subscribers ------------------------------------------------------------------------

    /** A call observer that also hears call-control events. */
    public CallControlCallObserver callObserver() {
        return callObserver;
    }

    /** A call observer of the core package only. */
    public CallObserver coreCallObserver() {
        return coreCallObserver;
    }

    /** A call listener that hears connection, terminal connection and call-control events. */
    public CallListener callListener() {
        return callListener;
    }

    /** A call listener that hears core connection and terminal connection events, not call-control ones. */
    public CallListener coreCallListener() {
        return coreCallListener;
    }

    /** A listener of call events only: no connection events. */
    public CallListener plainCallListener() {
        return plainCallListener;
    }

    /** An address observer that also hears call-control address events. */
    public AddressObserver addressObserver() {
        return addressSubscriber;
    }

    /** An address listener that also hears call-control address events. */
    public AddressListener addressListener() {
        return addressSubscriber;
    }

    /** A terminal observer that also hears call-control terminal events. */
    public TerminalObserver terminalObserver() {
        return terminalSubscriber;
    }

    /** A terminal listener that also hears call-control terminal events. */
    public TerminalListener terminalListener() {
        return terminalSubscriber;
    }

    /** A provider observer. */
    public ProviderObserver providerObserver() {
        return providerSubscriber;
    }

    /** A provider listener. */
    public ProviderListener providerListener() {
        return providerSubscriber;
    }

    // ---- reading and waiting -----------------------------------------------------------------

    /** A copy of everything recorded so far, in arrival order. */
    public synchronized List<Seen> all() {
        return List.copyOf(seen);
    }

    /** A position in the log, for {@link #since} and {@link #awaitAfter}. */
    public synchronized int mark() {
        return seen.size();
    }

    /** What was recorded after {@code mark}. */
    public synchronized List<Seen> since(int mark) {
        return List.copyOf(seen.subList(Math.min(mark, seen.size()), seen.size()));
    }

    /** Starts a query over a copy of everything recorded so far. */
    public Query query() {
        return new Query(all());
    }

    /** Waits for an event that matches {@code test}, anywhere in the log. */
    public Seen await(String what, Predicate<Seen> test) {
        return awaitAfter(0, what, test);
    }

    /**
     * Waits (at most the log's timeout) for an event after {@code mark} that matches {@code test}.
     *
     * @throws AssertionError naming {@code what} and listing the log, if none comes in time
     */
    public synchronized Seen awaitAfter(int mark, String what, Predicate<Seen> test) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = mark;
        while (true) {
            for (; checked < seen.size(); checked++) {
                if (test.test(seen.get(checked))) {
                    return seen.get(checked);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what
                        + ", which did not come; events recorded:" + describe(seen.subList(Math.min(mark, seen.size()),
                        seen.size())));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Waits until {@code count} events match {@code test}; returns the last of them. */
    public synchronized Seen awaitCount(String what, int count, Predicate<Seen> test) {
        int[] found = {0};
        return await(count + " x " + what, s -> test.test(s) && ++found[0] >= count);
    }

    /** Waits for the observer event {@code id} about {@code subject}. */
    public Seen awaitObserved(Object subject, int id) {
        return await(EventNames.observer(id) + " about " + subject,
                s -> s.model() == Model.OBSERVER && s.id() == id && s.isAbout(subject));
    }

    /** Waits for the listener callback {@code name} about {@code subject}. */
    public Seen awaitHeard(Object subject, String name) {
        return await(name + " about " + subject,
                s -> s.model() == Model.LISTENER && s.name().equals(name) && s.isAbout(subject));
    }

    /** The events as indented lines, for failure messages. */
    public static String describe(List<Seen> events) {
        if (events.isEmpty()) {
            return " (none)";
        }
        return events.stream().map(s -> "\n    " + s.model().name().toLowerCase() + " " + s)
                .collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return "EventLog" + describe(all());
    }

    // ---- recording ----------------------------------------------------------------------------

    private synchronized int nextDelivery() {
        return ++deliveries;
    }

    private synchronized void add(Seen s) {
        seen.add(s);
        notifyAll();
    }

    private void observed(Ev[] evs) {
        int batch = nextDelivery();
        if (evs == null) {
            return;
        }
        for (Ev ev : evs) {
            add(fromObserver(ev, batch));
        }
    }

    private static Seen fromObserver(Ev ev, int batch) {
        Seen.Subject about;
        Provider provider = null;
        Call call = null;
        Connection connection = null;
        TerminalConnection tc = null;
        Address address = null;
        Terminal terminal = null;
        if (ev instanceof TermConnEv t) {
            about = Seen.Subject.TERMINAL_CONNECTION;
            call = t.getCall();
            tc = t.getTerminalConnection();
            connection = tc == null ? null : tc.getConnection();
        } else if (ev instanceof ConnEv c) {
            about = Seen.Subject.CONNECTION;
            call = c.getCall();
            connection = c.getConnection();
        } else if (ev instanceof CallEv c) {
            about = Seen.Subject.CALL;
            call = c.getCall();
        } else if (ev instanceof AddrEv a) {
            about = Seen.Subject.ADDRESS;
            address = a.getAddress();
        } else if (ev instanceof TermEv t) {
            about = Seen.Subject.TERMINAL;
            terminal = t.getTerminal();
        } else {
            about = Seen.Subject.PROVIDER;
            provider = ev instanceof ProvEv p ? p.getProvider() : null;
        }
        int ccCause = ev instanceof CallCtlEv cc ? cc.getCallControlCause() : -1;
        return new Seen(Model.OBSERVER, EventNames.observer(ev.getID()), ev.getID(), about, batch, provider, call,
                connection, tc, address, terminal, ev.getCause(), ccCause, ev.getMetaCode(), ev.isNewMetaEvent(),
                null, ev);
    }

    private void heard(String name, Event e) {
        int batch = nextDelivery();
        Seen.Subject about;
        Provider provider = null;
        Call call = null;
        Connection connection = null;
        TerminalConnection tc = null;
        Address address = null;
        Terminal terminal = null;
        if (e instanceof MetaEvent) {
            about = Seen.Subject.META;
            call = e instanceof SingleCallMetaEvent s ? s.getCall()
                    : e instanceof MultiCallMetaEvent m ? m.getNewCall() : null;
        } else if (e instanceof TerminalConnectionEvent t) {
            about = Seen.Subject.TERMINAL_CONNECTION;
            call = t.getCall();
            tc = t.getTerminalConnection();
            connection = tc == null ? null : tc.getConnection();
        } else if (e instanceof ConnectionEvent c) {
            about = Seen.Subject.CONNECTION;
            call = c.getCall();
            connection = c.getConnection();
        } else if (e instanceof CallEvent c) {
            about = Seen.Subject.CALL;
            call = c.getCall();
        } else if (e instanceof AddressEvent a) {
            about = Seen.Subject.ADDRESS;
            address = a.getAddress();
        } else if (e instanceof TerminalEvent t) {
            about = Seen.Subject.TERMINAL;
            terminal = t.getTerminal();
        } else {
            about = Seen.Subject.PROVIDER;
            provider = e instanceof ProviderEvent p ? p.getProvider() : null;
        }
        int ccCause = e instanceof CallControlEvent cc ? cc.getCallControlCause() : -1;
        add(new Seen(Model.LISTENER, name, e.getID(), about, batch, provider, call, connection, tc, address, terminal,
                e.getCause(), ccCause, -1, false, e instanceof MetaEvent ? null : e.getMetaEvent(), e));
    }

    // ---- subscriber classes ---------------------------------------------------------------------

    private final class FullCallObserver implements CallControlCallObserver {
        @Override
        public void callChangedEvent(CallEv[] evs) {
            observed(evs);
        }

        @Override
        public String toString() {
            return "tck call observer";
        }
    }

    private final class CoreCallObserver implements CallObserver {
        @Override
        public void callChangedEvent(CallEv[] evs) {
            observed(evs);
        }

        @Override
        public String toString() {
            return "tck core call observer";
        }
    }

    /** Hears call events and meta events. */
    private class PlainCallListener implements CallListener {
        @Override
        public void callActive(CallEvent e) {
            heard("callActive", e);
        }

        @Override
        public void callInvalid(CallEvent e) {
            heard("callInvalid", e);
        }

        @Override
        public void callEventTransmissionEnded(CallEvent e) {
            heard("callEventTransmissionEnded", e);
        }

        @Override
        public void singleCallMetaProgressStarted(MetaEvent e) {
            heard("singleCallMetaProgressStarted", e);
        }

        @Override
        public void singleCallMetaProgressEnded(MetaEvent e) {
            heard("singleCallMetaProgressEnded", e);
        }

        @Override
        public void singleCallMetaSnapshotStarted(MetaEvent e) {
            heard("singleCallMetaSnapshotStarted", e);
        }

        @Override
        public void singleCallMetaSnapshotEnded(MetaEvent e) {
            heard("singleCallMetaSnapshotEnded", e);
        }

        @Override
        public void multiCallMetaMergeStarted(MetaEvent e) {
            heard("multiCallMetaMergeStarted", e);
        }

        @Override
        public void multiCallMetaMergeEnded(MetaEvent e) {
            heard("multiCallMetaMergeEnded", e);
        }

        @Override
        public void multiCallMetaTransferStarted(MetaEvent e) {
            heard("multiCallMetaTransferStarted", e);
        }

        @Override
        public void multiCallMetaTransferEnded(MetaEvent e) {
            heard("multiCallMetaTransferEnded", e);
        }

        @Override
        public String toString() {
            return "tck call listener";
        }
    }

    /** Also hears the core connection and terminal connection events. */
    private class CoreCallListener extends PlainCallListener implements ConnectionListener, TerminalConnectionListener {
        @Override
        public void connectionAlerting(ConnectionEvent e) {
            heard("connectionAlerting", e);
        }

        @Override
        public void connectionConnected(ConnectionEvent e) {
            heard("connectionConnected", e);
        }

        @Override
        public void connectionCreated(ConnectionEvent e) {
            heard("connectionCreated", e);
        }

        @Override
        public void connectionDisconnected(ConnectionEvent e) {
            heard("connectionDisconnected", e);
        }

        @Override
        public void connectionFailed(ConnectionEvent e) {
            heard("connectionFailed", e);
        }

        @Override
        public void connectionInProgress(ConnectionEvent e) {
            heard("connectionInProgress", e);
        }

        @Override
        public void connectionUnknown(ConnectionEvent e) {
            heard("connectionUnknown", e);
        }

        @Override
        public void terminalConnectionActive(TerminalConnectionEvent e) {
            heard("terminalConnectionActive", e);
        }

        @Override
        public void terminalConnectionCreated(TerminalConnectionEvent e) {
            heard("terminalConnectionCreated", e);
        }

        @Override
        public void terminalConnectionDropped(TerminalConnectionEvent e) {
            heard("terminalConnectionDropped", e);
        }

        @Override
        public void terminalConnectionPassive(TerminalConnectionEvent e) {
            heard("terminalConnectionPassive", e);
        }

        @Override
        public void terminalConnectionRinging(TerminalConnectionEvent e) {
            heard("terminalConnectionRinging", e);
        }

        @Override
        public void terminalConnectionUnknown(TerminalConnectionEvent e) {
            heard("terminalConnectionUnknown", e);
        }
    }

    /** Also hears the call-control connection and terminal connection events. */
    private final class FullCallListener extends CoreCallListener
            implements CallControlConnectionListener, CallControlTerminalConnectionListener {
        @Override
        public void connectionAlerting(CallControlConnectionEvent e) {
            heard("cc.connectionAlerting", e);
        }

        @Override
        public void connectionDialing(CallControlConnectionEvent e) {
            heard("cc.connectionDialing", e);
        }

        @Override
        public void connectionDisconnected(CallControlConnectionEvent e) {
            heard("cc.connectionDisconnected", e);
        }

        @Override
        public void connectionEstablished(CallControlConnectionEvent e) {
            heard("cc.connectionEstablished", e);
        }

        @Override
        public void connectionFailed(CallControlConnectionEvent e) {
            heard("cc.connectionFailed", e);
        }

        @Override
        public void connectionInitiated(CallControlConnectionEvent e) {
            heard("cc.connectionInitiated", e);
        }

        @Override
        public void connectionNetworkAlerting(CallControlConnectionEvent e) {
            heard("cc.connectionNetworkAlerting", e);
        }

        @Override
        public void connectionNetworkReached(CallControlConnectionEvent e) {
            heard("cc.connectionNetworkReached", e);
        }

        @Override
        public void connectionOffered(CallControlConnectionEvent e) {
            heard("cc.connectionOffered", e);
        }

        @Override
        public void connectionQueued(CallControlConnectionEvent e) {
            heard("cc.connectionQueued", e);
        }

        @Override
        public void connectionUnknown(CallControlConnectionEvent e) {
            heard("cc.connectionUnknown", e);
        }

        @Override
        public void terminalConnectionBridged(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionBridged", e);
        }

        @Override
        public void terminalConnectionDropped(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionDropped", e);
        }

        @Override
        public void terminalConnectionHeld(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionHeld", e);
        }

        @Override
        public void terminalConnectionInUse(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionInUse", e);
        }

        @Override
        public void terminalConnectionRinging(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionRinging", e);
        }

        @Override
        public void terminalConnectionTalking(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionTalking", e);
        }

        @Override
        public void terminalConnectionUnknown(CallControlTerminalConnectionEvent e) {
            heard("cc.terminalConnectionUnknown", e);
        }
    }

    private final class AddressSubscriber implements CallControlAddressObserver, CallControlAddressListener {
        @Override
        public void addressChangedEvent(AddrEv[] evs) {
            observed(evs);
        }

        @Override
        public void addressListenerEnded(AddressEvent e) {
            heard("addressListenerEnded", e);
        }

        @Override
        public void addressDoNotDisturb(CallControlAddressEvent e) {
            heard("cc.addressDoNotDisturb", e);
        }

        @Override
        public void addressForwarded(CallControlAddressEvent e) {
            heard("cc.addressForwarded", e);
        }

        @Override
        public void addressMessageWaiting(CallControlAddressEvent e) {
            heard("cc.addressMessageWaiting", e);
        }

        @Override
        public String toString() {
            return "tck address subscriber";
        }
    }

    private final class TerminalSubscriber implements CallControlTerminalObserver, CallControlTerminalListener {
        @Override
        public void terminalChangedEvent(TermEv[] evs) {
            observed(evs);
        }

        @Override
        public void terminalListenerEnded(TerminalEvent e) {
            heard("terminalListenerEnded", e);
        }

        @Override
        public void terminalDoNotDisturb(CallControlTerminalEvent e) {
            heard("cc.terminalDoNotDisturb", e);
        }

        @Override
        public String toString() {
            return "tck terminal subscriber";
        }
    }

    private final class ProviderSubscriber implements ProviderObserver, ProviderListener {
        @Override
        public void providerChangedEvent(ProvEv[] evs) {
            observed(evs);
        }

        @Override
        public void providerInService(ProviderEvent e) {
            heard("providerInService", e);
        }

        @Override
        public void providerOutOfService(ProviderEvent e) {
            heard("providerOutOfService", e);
        }

        @Override
        public void providerShutdown(ProviderEvent e) {
            heard("providerShutdown", e);
        }

        @Override
        public void providerEventTransmissionEnded(ProviderEvent e) {
            heard("providerEventTransmissionEnded", e);
        }

        @Override
        public String toString() {
            return "tck provider subscriber";
        }
    }
}
