package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;

/**
 * Pickup: a terminal takes a call that rings elsewhere, or waits at a park orbit. Every form comes
 * down to one connection, ALERTING or QUEUED, and the terminal's address to take it on:
 *
 * <ul>
 *   <li>on the connection's own address (the phone did not ring, or rings too), the terminal
 *       answers it: one {@code META_CALL_PROGRESS} step, as {@code answer} would;
 *   <li>on another address, a new connection there joins the call already ESTABLISHED with the
 *       terminal TALKING ({@code META_CALL_ADDITIONAL_PARTY}), then the picked connection leaves,
 *       DISCONNECTED with {@code CallCtlEv.CAUSE_CALL_PICKUP} ({@code META_CALL_REMOVING_PARTY}).
 * </ul>
 *
 * A call whose owner {@linkplain CallImpl#isSecure() secured it} cannot be picked up.
 */
final class Pickup {
    private Pickup() {
    }

    /** Off the loop: the connection argument, which must be one of this provider's. */
    static ConnectionImpl checkConnection(ProviderImpl provider, Connection connection, String argument)
            throws InvalidArgumentException {
        if (connection == null) {
            throw Refusals.argument(argument + " is null");
        }
        if (!(connection instanceof ConnectionImpl c) || c.call().provider() != provider) {
            throw Refusals.argument(argument + " " + connection + " is not a connection of provider "
                    + provider.getName());
        }
        return c;
    }

    /** Off the loop: the terminal connection argument, which must be one of this provider's. */
    static TerminalConnectionImpl checkTerminalConnection(ProviderImpl provider, TerminalConnection tc,
            String argument) throws InvalidArgumentException {
        if (tc == null) {
            throw Refusals.argument(argument + " is null");
        }
        if (!(tc instanceof TerminalConnectionImpl t) || t.connection().call().provider() != provider) {
            throw Refusals.argument(argument + " " + tc + " is not a terminal connection of provider "
                    + provider.getName());
        }
        return t;
    }

    /** Off the loop: the address to pick up on, which {@code terminal} must carry. */
    static AddressImpl checkTerminalAddress(TerminalImpl terminal, Address address) throws InvalidArgumentException {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        AddressImpl at = provider.checkAddress(address, "terminalAddress");
        if (!at.hasTerminal(terminal)) {
            throw Refusals.argument(terminal + " does not carry " + at + ", so it cannot pick up a call there");
        }
        return at;
    }

    /** Whether one of {@code terminal}'s addresses belongs to a pickup group. */
    static boolean hasOwnGroup(TerminalImpl terminal) {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        Address[] addresses = terminal.getAddresses();
        for (Address a : addresses == null ? new Address[0] : addresses) {
            if (provider.backend().topology().pickupGroupOf(a.getName()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Loop only: {@code pickup(Connection, Address)}. */
    static TerminalConnection connection(TerminalImpl terminal, ConnectionImpl c, AddressImpl at)
            throws InvalidStateException, InvalidArgumentException {
        CallImpl call = c.call();
        call.provider().requireInService();
        ConnectionState s = c.state();
        if (call.getState() != Call.ACTIVE || s != ConnectionState.ALERTING && s != ConnectionState.QUEUED) {
            throw Refusals.connection(c, "pickup needs a QUEUED or ALERTING connection");
        }
        if (call.isSecure()) {
            throw Refusals.call(call, "it is secured against interruption, so it cannot be picked up");
        }
        if (joinsItself(c, at)) {
            throw Refusals.argument(at + " is already a party of " + call + "; it cannot pick the call up again");
        }
        return take(terminal, c, at);
    }

    /** Loop only: {@code pickup(TerminalConnection, Address)}. */
    static TerminalConnection terminalConnection(TerminalImpl terminal, TerminalConnectionImpl tc, AddressImpl at)
            throws InvalidStateException, InvalidArgumentException {
        tc.connection().call().provider().requireInService();
        if (tc.state() != TerminalConnectionState.RINGING) {
            throw Refusals.terminalConnection(tc, "pickup needs a RINGING terminal connection");
        }
        return connection(terminal, tc.connection(), at);
    }

    /** Loop only: {@code pickup(Address, Address)}: the oldest call ringing or waiting at {@code from}. */
    static TerminalConnection address(TerminalImpl terminal, AddressImpl from, AddressImpl at)
            throws InvalidStateException, InvalidArgumentException {
        ((ProviderImpl) terminal.getProvider()).requireInService();
        ConnectionImpl c = oldest(List.of(from), at, "nothing rings or waits at " + from.getName() + " for "
                + terminal + " to pick up", from, InvalidStateException.ADDRESS_OBJECT);
        return take(terminal, c, at);
    }

    /** Loop only: {@code pickupFromGroup(String, Address)}: the oldest call ringing in the group. */
    static TerminalConnection group(TerminalImpl terminal, String name, AddressImpl at) throws InvalidStateException,
            InvalidArgumentException {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        Map<String, List<String>> groups = groupsOf(provider);
        if (name == null || !groups.containsKey(name)) {
            throw Refusals.argument("provider " + provider.getName() + " has no pickup group "
                    + (name == null ? "null" : "'" + name + "'") + "; its groups are "
                    + String.join(", ", groups.keySet()));
        }
        return fromGroup(terminal, name, groups.get(name), at);
    }

    /** Loop only: {@code pickupFromGroup(Address)}: from the group {@code at} belongs to. */
    static TerminalConnection ownGroup(TerminalImpl terminal, AddressImpl at) throws InvalidStateException,
            InvalidArgumentException {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        Map<String, List<String>> groups = groupsOf(provider);
        String name = provider.backend().topology().pickupGroupOf(at.getName());
        if (name == null) {
            throw Refusals.argument(at + " belongs to no pickup group; name one of " + String.join(", ",
                    groups.keySet()));
        }
        return fromGroup(terminal, name, groups.get(name), at);
    }

    private static TerminalConnection fromGroup(TerminalImpl terminal, String name, List<String> members,
            AddressImpl at) throws InvalidStateException, InvalidArgumentException {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        provider.requireInService();
        List<AddressImpl> others = new ArrayList<>();
        for (String member : members) {
            if (!member.equals(at.getName())) {
                others.add(provider.localAddress(member));
            }
        }
        ConnectionImpl c = oldest(others, at, "no call rings in pickup group '" + name + "' for " + terminal
                + " to pick up", terminal, InvalidStateException.TERMINAL_OBJECT);
        return take(terminal, c, at);
    }

    /** Never empty: a backend without groups does not offer group pickup (ProviderImpl.require). */
    private static Map<String, List<String>> groupsOf(ProviderImpl provider) {
        return provider.backend().topology().pickupGroups();
    }

    /**
     * The connection at one of {@code addresses} that rings or waits, could be picked up onto
     * {@code at}, and started first (the lowest leg id).
     *
     * @throws InvalidStateException if there is none: naming the secured call if only secured calls
     *     ring there, else with {@code nothing} about {@code object} (an address or terminal, which
     *     have no state of their own: the exception's state is 0)
     */
    private static ConnectionImpl oldest(List<AddressImpl> addresses, AddressImpl at, String nothing, Object object,
            int objectType) throws InvalidStateException {
        ConnectionImpl found = null;
        CallImpl secured = null;
        for (AddressImpl a : addresses) {
            for (ConnectionImpl c : a.connectionList()) {
                ConnectionState s = c.state();
                if (s != ConnectionState.ALERTING && s != ConnectionState.QUEUED || joinsItself(c, at)) {
                    continue;
                }
                if (c.call().isSecure()) {
                    secured = c.call();
                } else if (found == null || c.leg < found.leg) {
                    found = c;
                }
            }
        }
        if (found != null) {
            return found;
        }
        if (secured != null) {
            throw Refusals.call(secured, "it is secured against interruption, so it cannot be picked up");
        }
        throw new InvalidStateException(object, objectType, 0, nothing);
    }

    /** Whether {@code at} already takes part in {@code c}'s call through another connection. */
    private static boolean joinsItself(ConnectionImpl c, AddressImpl at) {
        for (ConnectionImpl other : c.call().connectionList()) {
            if (other != c && other.address() == at && other.state().isLive()) {
                return true;
            }
        }
        return false;
    }

    /** Loop only, after the checks: {@code terminal} takes {@code c} on {@code at}. */
    private static TerminalConnection take(TerminalImpl terminal, ConnectionImpl c, AddressImpl at) {
        CallImpl call = c.call();
        ProviderImpl provider = call.provider();
        if (c.address() == at) {
            TerminalConnectionImpl own = null;
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                if (tc.terminal() == terminal) {
                    own = tc;
                }
            }
            if (own == null) {
                own = c.newTerminalConnection(terminal); // the phone did not ring: it takes the call all the same
            }
            call.answered(c, own);
            provider.backend().answer(c.leg, terminal.getName());
            return own;
        }
        provider.newStep(Ev.META_CALL_ADDITIONAL_PARTY);
        ConnectionImpl taker = call.newConnection(at, LegIds.next());
        TerminalConnectionImpl tc = taker.newTerminalConnection(terminal);
        call.answered(taker, tc);
        provider.newStep(Ev.META_CALL_REMOVING_PARTY);
        call.release(c, CallCtlEv.CAUSE_CALL_PICKUP, false);
        provider.backend().pickup(c.leg, taker.leg, at.getName(), terminal.getName());
        return tc;
    }
}
