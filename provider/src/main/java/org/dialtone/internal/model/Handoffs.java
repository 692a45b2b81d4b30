package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.event.CallInfo;

/**
 * The {@link org.dialtone.ext.Handoff} extension of one provider: its application names, handing
 * a call to another provider of the switch, and taking in a call handed to it. The handing side
 * ends its copy of the call (the legs now belong to the other provider, so the backend is not
 * told to release them); the receiving side rebuilds the call from its image without events of
 * its own and lets the watchers of its addresses and terminals join it with a snapshot.
 */
final class Handoffs {
    private final ProviderImpl provider;
    /** Written on the loop, read from any thread. */
    private final List<String> names = new CopyOnWriteArrayList<>();

    Handoffs(ProviderImpl provider) {
        this.provider = provider;
    }

    void register(String application)
            throws InvalidArgumentException, InvalidStateException {
        String name = checkName(application);
        provider.command(Ev.META_UNKNOWN, () -> {
            provider.requireInService();
            if (names.contains(name)) {
                return null;
            }
            if (!provider.backend().registerApplication(name)) {
                throw Refusals.argument("application name '" + name + "' is registered by another provider of "
                        + "the switch");
            }
            names.add(name);
            return null;
        });
    }

    void unregister(String application) {
        if (application == null || !names.contains(application) || provider.getState() == Provider.SHUTDOWN) {
            return;
        }
        try {
            provider.command(Ev.META_UNKNOWN, () -> {
                if (names.remove(application)) {
                    provider.backend().unregisterApplication(application);
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception shutDownMeanwhile) {
            // the backend gave up every name as it stopped
        }
    }

    /** The names held; none once the provider is shut down, since its backend gave them up. */
    String[] applications() {
        return provider.getState() == Provider.SHUTDOWN ? new String[0] : names.toArray(new String[0]);
    }

    void handoff(Call call, String application) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException {
        if (call == null) {
            throw Refusals.argument("the call to hand off is null");
        }
        if (!(call instanceof CallImpl) || call.getProvider() != provider) {
            throw Refusals.argument(call + " is not a call of provider " + provider.getName());
        }
        CallImpl handed = (CallImpl) call;
        String name = checkName(application);
        provider.command(Ev.META_CALL_ENDING, () -> {
            provider.requireInService();
            if (handed.getState() != Call.ACTIVE) {
                throw Refusals.call(handed, "handoff needs an ACTIVE call");
            }
            if (names.contains(name)) {
                throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, "application '" + name
                        + "' is this provider's own; the call is already there");
            }
            if (!provider.backend().handOff(image(handed), name)) {
                throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, "no running application "
                        + "named '" + name + "' on the switch of provider " + provider.getName());
            }
            handed.handedOff(Ev.CAUSE_NORMAL);
            return null;
        });
    }

    private static String checkName(String application) throws InvalidArgumentException {
        if (application == null || application.isEmpty()) {
            throw Refusals.argument("the application name is " + (application == null ? "null" : "empty"));
        }
        if (!application.strip().equals(application)) {
            throw Refusals.argument("application name '" + application + "' has whitespace at an end");
        }
        return application;
    }

    /** Loop only: the call as plain values. */
    private static CallImage image(CallImpl call) {
        List<CallImage.Leg> legs = new ArrayList<>();
        for (ConnectionImpl c : call.connectionList()) {
            List<CallImage.Phone> phones = new ArrayList<>();
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                phones.add(new CallImage.Phone(tc.terminal().getName(), tc.state().callControlCode()));
            }
            legs.add(new CallImage.Leg(c.leg, c.address().getName(), c.isLocal(), c.state().callControlCode(),
                    phones, c.dialled(), nameOf(c.parkedBy)));
        }
        CallInfo p = call.parties();
        return new CallImage(nameOf(p.getCallingAddress()), nameOf(p.getCallingTerminal()),
                nameOf(p.getCalledAddress()), nameOf(p.getLastRedirectedAddress()), call.isSecure(), legs);
    }

    private static String nameOf(javax.telephony.Address address) {
        return address == null ? null : address.getName();
    }

    private static String nameOf(javax.telephony.Terminal terminal) {
        return terminal == null ? null : terminal.getName();
    }

    /**
     * Loop only: a call handed to this provider. It is rebuilt as it is, its changes are not
     * published as such, and the watchers of its local addresses and terminals get a snapshot. A
     * provider no longer in service refuses it: its legs are released.
     */
    void adopt(CallImage image) {
        if (provider.getState() != Provider.IN_SERVICE) {
            image.legIds().forEach(leg -> provider.backend().release(leg, Ev.CAUSE_NORMAL));
            return;
        }
        Map<String, AddressImpl> remote = new HashMap<>();
        CallImpl call = provider.newCall();
        call.arrive(new CallInfo(address(image.callingAddress(), remote), terminal(image.callingTerminal()),
                address(image.calledAddress(), remote), address(image.lastRedirectedAddress(), remote)));
        if (image.secure()) {
            call.markSecure();
        }
        for (CallImage.Leg leg : image.legs()) {
            ConnectionImpl c = call.arrived(address(leg.address(), remote), leg.id(), connectionState(leg.state()));
            c.dial(leg.dialled());
            c.parkedBy = leg.parkedBy() == null ? null : address(leg.parkedBy(), remote);
            for (CallImage.Phone phone : leg.phones()) {
                TerminalImpl t = terminal(phone.terminal());
                if (t != null && c.isLocal()) {
                    c.newTerminalConnection(t).moveTo(terminalConnectionState(phone.state()), Ev.CAUSE_SNAPSHOT,
                            Ev.CAUSE_SNAPSHOT);
                }
            }
        }
        provider.discardChanges(call);
        provider.attachWatchers(call);
    }

    /** A local address of this provider, or one address object per remote name in the call. */
    private AddressImpl address(String name, Map<String, AddressImpl> remote) {
        if (name == null) {
            return null;
        }
        AddressImpl local = provider.localAddress(name);
        return local != null ? local : remote.computeIfAbsent(name, n -> new AddressImpl(provider, n, false));
    }

    private TerminalImpl terminal(String name) {
        return name == null ? null : provider.localTerminal(name);
    }

    private static ConnectionState connectionState(int callControlCode) {
        for (ConnectionState s : ConnectionState.values()) {
            if (s.callControlCode() == callControlCode) {
                return s;
            }
        }
        return ConnectionState.UNKNOWN;
    }

    private static TerminalConnectionState terminalConnectionState(int callControlCode) {
        for (TerminalConnectionState s : TerminalConnectionState.values()) {
            if (s.callControlCode() == callControlCode) {
                return s;
            }
        }
        return TerminalConnectionState.UNKNOWN;
    }

    /**
     * Any thread: whether the application watches the local {@code address}: an address or call
     * observer or listener on it, or a call observer or listener on one of its terminals. The
     * registrations are read through their volatile views, without the loop.
     */
    boolean watches(String address) {
        AddressImpl a = provider.localAddress(address);
        if (a == null || provider.getState() != Provider.IN_SERVICE) {
            return false;
        }
        if (!a.observers.isEmpty() || !a.listeners.isEmpty() || !a.callObservers.isEmpty()
                || !a.callListeners.isEmpty()) {
            return true;
        }
        return a.terminalList().stream().anyMatch(t -> !t.callObservers.isEmpty() || !t.callListeners.isEmpty());
    }
}
