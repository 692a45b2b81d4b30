package org.dialtone.internal.model;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;

/**
 * Conferences: {@code CallControlCall.conference(Call)} merges another call into this one around a
 * controller terminal that talks in one call and holds the other; the controller's two terminal
 * connections become one (this call's, talking) and the other call's parties move in, the other
 * call going INVALID. The observer meta code is {@code META_CALL_MERGING}; listeners hear both
 * calls (this one first) inside one {@code MULTICALL_META_MERGE_STARTED / ENDED} bracket.
 * {@code addParty} calls one more party straight into the call ({@code META_CALL_ADDITIONAL_PARTY}).
 * Removing a party is {@code disconnect}: the call goes on while two parties are left. Loop only,
 * except the capability questions.
 */
final class Conference {
    private Conference() {
    }

    static void conference(CallImpl call, Call otherArg) throws InvalidArgumentException, InvalidStateException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        ControllerPair.requireActive(call, "conference");
        CallImpl other = ControllerPair.other(call, otherArg, "conference");
        ControllerPair.requireActive(other, "conference");
        requireEnabled(call);
        requireEnabled(other);
        ControllerPair pair = ControllerPair.find(call, call.settings().conferenceController(), other,
                other.settings().conferenceController(), Conference::oneTalksOneHolds,
                "conference needs one controller TALKING and the other HELD");
        List<ConnectionImpl> movers = PartyMove.movers(other, call, pair.there);
        if (movers.isEmpty()) {
            throw Refusals.call(other, "conference needs a party besides the controller in the other call");
        }

        provider.multiCall(Ev.META_CALL_MERGING, call, call, other);
        int cause = CallCtlEv.CAUSE_CONFERENCE;
        if (pair.here.state() == TerminalConnectionState.HELD) {
            Hold.retrieveNow(pair.here, cause); // the controller talks to the conference
        }
        provider.backend().conference(PartyMove.legs(PartyMove.others(call, null)), PartyMove.legs(movers));
        for (ConnectionImpl m : movers) {
            PartyMove.copy(m, call, pair.there, cause);
        }
        PartyMove.dropController(pair.there, cause);
        for (ConnectionImpl m : movers) {
            PartyMove.leave(m, cause);
        }
        other.end(cause);
    }

    private static boolean oneTalksOneHolds(TerminalConnectionState here, TerminalConnectionState there) {
        return here == TerminalConnectionState.TALKING && there == TerminalConnectionState.HELD
                || here == TerminalConnectionState.HELD && there == TerminalConnectionState.TALKING;
    }

    static void requireEnabled(CallImpl call) throws InvalidStateException {
        if (!call.settings().conferenceEnable()) {
            throw Refusals.call(call, "conference is disabled on it (setConferenceEnable(false))");
        }
    }

    /**
     * Calls {@code number} into the call. As the spec asks, the call needs two ESTABLISHED
     * connections and at most one other QUEUED, OFFERED or ALERTING.
     */
    static Connection addParty(CallImpl call, String number) throws InvalidStateException, InvalidPartyException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, "addParty needs an ACTIVE call");
        }
        if (count(call, ConnectionState.ESTABLISHED) < 2) {
            throw Refusals.call(call, "addParty needs two ESTABLISHED connections");
        }
        if (count(call, ConnectionState.QUEUED, ConnectionState.OFFERED, ConnectionState.ALERTING) > 1) {
            throw Refusals.call(call, "addParty allows at most one other connection QUEUED, OFFERED or ALERTING");
        }
        AddressImpl called = provider.destination(number);
        boolean inCall = call.connectionList().stream()
                .anyMatch(c -> c.state().isLive() && c.address().getName().equals(called.getName()));
        if (inCall) {
            throw Refusals.destination("cannot add " + number + " to " + call + ", which it is in already");
        }
        long[] parties = PartyMove.legs(PartyMove.others(call, null));
        ConnectionImpl added = call.newConnection(called, LegIds.next());
        String caller = call.connectionList().stream().filter(c -> c.state() == ConnectionState.ESTABLISHED)
                .findFirst().orElseThrow().address().getName();
        if (called.isLocal()) {
            call.offerLocally(added, caller); // busy if a secured call holds it
        } else {
            provider.backend().route(added.leg, caller, called.getName());
        }
        provider.backend().conference(parties, new long[] {added.leg});
        return added;
    }

    // ---- dynamic capabilities (any thread: reads the volatile views) ----------------------------

    /** Whether conference(Call) may be tried now: a local terminal talks or holds in an enabled ACTIVE call. */
    static boolean mayConference(CallImpl call) {
        return call.getState() == Call.ACTIVE && call.settings().conferenceEnable()
                && Transfer.anyTerminalConnection(call, TerminalConnectionState.TALKING, TerminalConnectionState.HELD);
    }

    static boolean mayAddParty(CallImpl call) {
        return call.getState() == Call.ACTIVE && count(call, ConnectionState.ESTABLISHED) >= 2
                && count(call, ConnectionState.QUEUED, ConnectionState.OFFERED, ConnectionState.ALERTING) <= 1;
    }

    private static int count(CallImpl call, ConnectionState... states) {
        Connection[] all = call.getConnections();
        int n = 0;
        for (Connection c : all == null ? new Connection[0] : all) {
            for (ConnectionState s : states) {
                n += ((ConnectionImpl) c).state() == s ? 1 : 0;
            }
        }
        return n;
    }
}
