package org.dialtone.internal.model;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;

/**
 * Park: a party leaves its call, which waits at a park orbit until someone picks it up from there
 * ({@link Pickup}) or, when the switch's recall time runs out, rings the parker again.
 *
 * <p>As the spec has it, parking happens in two steps, each published with its own meta code: a
 * new connection at the orbit joins the call, QUEUED ({@code META_CALL_ADDITIONAL_PARTY}), then the
 * parker's connection leaves it, DISCONNECTED with {@code CallCtlEv.CAUSE_PARK}
 * ({@code META_CALL_REMOVING_PARTY}). The recall is the same two steps the other way round: a new
 * connection at the parker's address joins and rings, then the orbit's leaves.
 */
final class Park {
    private Park() {
    }

    /**
     * Why {@code c} cannot be parked now, or null if it can; for the checks and for capabilities,
     * so both say the same. Reads only what any thread may read.
     */
    static Exception refusal(ConnectionImpl c) {
        CallImpl call = c.call();
        ProviderImpl provider = call.provider();
        if (provider.getState() != Provider.IN_SERVICE) {
            return Refusals.providerNotInService(provider);
        }
        if (c.state() != ConnectionState.ESTABLISHED) {
            return Refusals.connection(c, "park needs an ESTABLISHED connection");
        }
        if (!c.isLocal()) {
            return new InvalidPartyException(InvalidPartyException.ORIGINATING_PARTY, c + " is beyond provider "
                    + provider.getName() + "; only one of its own parties can park a call");
        }
        if (call.isSecure()) {
            return Refusals.call(call, "a secured call cannot be parked, where anyone could pick it up");
        }
        Connection[] all = call.getConnections();
        for (Connection other : all == null ? new Connection[0] : all) {
            if (other != c && ((ConnectionImpl) other).state() == ConnectionState.ESTABLISHED) {
                return null;
            }
        }
        return Refusals.connection(c, "park needs another party of the call connected, to wait at the orbit");
    }

    /** Loop only: {@code CallControlConnection.park(destination)}. */
    static Connection park(ConnectionImpl c, String destination) throws InvalidStateException,
            InvalidPartyException {
        ProviderImpl provider = c.call().provider();
        List<String> orbits = orbitsOf(provider);
        throwIfRefused(c);
        if (destination == null || destination.isEmpty()) {
            throw Refusals.destination("the park orbit is " + (destination == null ? "null" : "empty"));
        }
        if (!orbits.contains(destination)) {
            throw Refusals.destination("'" + destination + "' is not a park orbit of provider " + provider.getName()
                    + "; its park orbits are " + String.join(", ", orbits));
        }
        AddressImpl orbit = provider.localAddress(destination);
        if (!orbit.connectionList().isEmpty()) {
            throw Refusals.destination("park orbit " + destination + " already holds a parked call");
        }
        return parkAt(c, orbit);
    }

    /** Loop only: {@code IndirectPark.parkIndirect()}, at the first free orbit. */
    static String parkIndirect(ConnectionImpl c) throws InvalidStateException, InvalidPartyException, ResourceUnavailableException {
        ProviderImpl provider = c.call().provider();
        List<String> orbits = orbitsOf(provider);
        throwIfRefused(c);
        for (String name : orbits) {
            AddressImpl orbit = provider.localAddress(name);
            if (orbit.connectionList().isEmpty()) {
                parkAt(c, orbit);
                return name;
            }
        }
        throw new ResourceUnavailableException(ResourceUnavailableException.UNSPECIFIED_LIMIT_EXCEEDED,
                "every park orbit of provider " + provider.getName() + " already holds a parked call ("
                        + String.join(", ", orbits) + ")");
    }

    /**
     * A backend signal: nobody picked up the call parked as {@code orbit} in time, so the address
     * that parked it rings again and the orbit lets the call go.
     */
    static void recall(ConnectionImpl orbit) {
        AddressImpl parker = orbit.parkedBy;
        if (orbit.state() != ConnectionState.QUEUED || parker == null) {
            return; // picked up or ended meanwhile
        }
        CallImpl call = orbit.call();
        String waiting = call.connectionList().stream().filter(o -> o != orbit).findFirst()
                .map(o -> o.address().getName()).orElse(orbit.address().getName());
        ConnectionImpl again = call.newConnection(parker, LegIds.next());
        call.offerLocally(again, waiting);
        call.provider().newStep(Ev.META_CALL_REMOVING_PARTY);
        call.release(orbit, CallCtlEv.CAUSE_PARK, true);
    }

    private static Connection parkAt(ConnectionImpl c, AddressImpl orbit) {
        CallImpl call = c.call();
        ConnectionImpl parked = call.newConnection(orbit, LegIds.next());
        parked.moveTo(ConnectionState.QUEUED, Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_PARK);
        parked.parkedBy = c.address();
        call.provider().newStep(Ev.META_CALL_REMOVING_PARTY);
        call.release(c, CallCtlEv.CAUSE_PARK, false);
        call.provider().backend().park(c.leg, parked.leg, orbit.getName());
        return parked;
    }

    /** Never empty: a backend without orbits does not offer park (ProviderImpl.require). */
    private static List<String> orbitsOf(ProviderImpl provider) {
        return provider.backend().topology().parkOrbits();
    }

    private static void throwIfRefused(ConnectionImpl c) throws InvalidStateException, InvalidPartyException {
        Exception refused = refusal(c);
        if (refused instanceof InvalidStateException e) {
            throw e;
        }
        if (refused instanceof InvalidPartyException e) {
            throw e;
        }
    }
}
