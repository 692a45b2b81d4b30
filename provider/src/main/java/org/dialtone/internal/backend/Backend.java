package org.dialtone.internal.backend;

import java.util.List;
import java.util.Set;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.internal.capability.Capability;

/**
 * What the model asks of a backend (see docs/concurrency.md, rule 5). Every command returns at
 * once; what becomes of it is told later through {@link Signals}, from any thread. A command about
 * a leg the backend no longer knows is ignored: the model and the backend may cross in flight.
 */
public interface Backend {
    /** The local addresses and terminals; fixed for the backend's life. */
    Topology topology();

    /**
     * The operations this backend can carry out; fixed for its life. The model offers only these:
     * the others answer MethodNotSupportedException and no capability claims them, so a command
     * for one of them never reaches the backend.
     */
    Set<Capability> operations();

    /** The extensions this backend can carry out, as {@link #operations()}. */
    Set<Extension> extensions();

    /**
     * Starts the backend. It reports {@link Signals#inService()} once it can carry calls (or
     * {@link Signals#outOfService(String)} if it cannot).
     */
    void start(Signals signals);

    /**
     * Whether {@code destination} is a string this backend could try to reach at all (a well-formed
     * number or URI). A well-formed number may still fail later, e.g. as unknown.
     */
    boolean isDialable(String destination);

    /**
     * Whether overlap-dialled {@code digits} already form a whole number, so that dialling can stop
     * and the call be placed (a number ending in {@code #} always does).
     */
    boolean isCompleteNumber(String digits);

    /**
     * Reaches a party beyond the backend's local addresses for leg {@code leg}, calling from
     * {@code caller}. Answered by {@link Signals#reached}, {@link Signals#alerting},
     * {@link Signals#answered} or {@link Signals#failed} for that leg.
     */
    void route(long leg, String caller, String destination);

    /**
     * A blind transfer's call to a destination beyond the backend's local addresses: as
     * {@link #route}, on behalf of the party of leg {@code transferred} (at {@code caller}), who is
     * handed to the destination if the transfer goes through. The leg names that party even when
     * several calls have a party at the same address. SIP endpoint: a REFER on that party's dialog.
     */
    void routeTransfer(long leg, long transferred, String caller, String destination);

    /**
     * Offers a call from {@code caller} to the local {@code address} as leg {@code leg}: its
     * terminals start to ring. Answered by {@link Signals#alerting} (ringing),
     * {@link Signals#failed} (busy, rejected, not answered) and, if a phone is answered by its
     * user, {@link Signals#answered}.
     */
    void offer(long leg, String caller, String address);

    /**
     * Offers the call that this backend announced with {@link Signals#incoming} (its remote leg
     * {@code callerLeg}) to the local {@code address} as leg {@code leg}, answered as for
     * {@link #offer}. A backend that carries both legs of such a call on one protocol dialog (SIP)
     * needs {@code callerLeg} to find it; the default forgets it and offers.
     */
    default void offerIncoming(long callerLeg, long leg, String caller, String address) {
        offer(leg, caller, address);
    }

    /** The application answered leg {@code leg} of a local address at {@code terminal}. */
    void answer(long leg, String terminal);

    /**
     * Parks a call: the party of {@code parkerLeg} leaves it (the model has ended that leg with
     * {@code CallCtlEv.CAUSE_PARK}; no signal follows for it) and the parties left wait at the park
     * orbit {@code orbit}, a local address of the topology's park orbits, as the new leg
     * {@code orbitLeg}: nothing rings there. If the model has not ended {@code orbitLeg} (someone
     * picked the call up, or it ended) within the switch's park recall time, the backend answers
     * with {@link Signals#parkRecall} for it.
     */
    void park(long parkerLeg, long orbitLeg, String orbit);

    /**
     * Picks a call up: the user at {@code terminal} on the local {@code address} takes the call
     * that {@code pickedLeg} was ringing (or waiting at a park orbit) for, as the new leg
     * {@code newLeg}, connected at once. The model has ended {@code pickedLeg} with
     * {@code CallCtlEv.CAUSE_CALL_PICKUP}; no signal follows for it, nor for {@code newLeg}, which
     * the model releases like any other leg when it ends.
     */
    void pickup(long pickedLeg, long newLeg, String address, String terminal);

    /**
     * The model has ended leg {@code leg} with {@code cause} (a JTAPI core or call-control cause):
     * hang up, cancel or refuse it and forget it. No signal follows.
     */
    void release(long leg, int cause);

    // ---- handoff, digits and dialling location (org.dialtone.ext) --------------------------------

    /**
     * Takes {@code application} as a name of this provider's application, so that other providers
     * of the same switch can hand it calls ({@link #handOff}). Idempotent for this provider; the
     * name is given up by {@link #unregisterApplication} or {@link #stop()}.
     *
     * @return false if another provider already holds the name
     */
    boolean registerApplication(String application);

    /** Gives up {@code application} if this provider holds it; otherwise does nothing. */
    void unregisterApplication(String application);

    /**
     * Hands the call {@code call} to the provider that holds the name {@code application}: from
     * now on every signal about its legs goes to that provider, which first gets
     * {@link Signals#handedOver} with the same image, and its commands reach the legs. This
     * provider ends its own copy of the call without releasing the legs. A signal already on its
     * way to this provider when the call moves (a far end answering in that same instant) still
     * arrives here and is dropped with the call.
     *
     * @return false, changing nothing, if no running provider of the switch other than this one
     *     holds the name
     */
    boolean handOff(CallImage call, String application);

    /**
     * Plays the DTMF {@code digits} ({@code 0-9*#A-D}) to the party {@code party} (an address or
     * number) of leg {@code leg}: RFC 4733 events or SIP INFO on a SIP dialog. No signal follows.
     */
    void sendDigits(long leg, String party, String digits);

    /** Where this backend dials from, for address translation; fixed for the backend's life. */
    DiallingLocation diallingLocation();

    // ---- diverting calls (redirect, forwarding) ------------------------------------------------

    /**
     * The application redirects leg {@code leg}, alerting or offered at a local address, to
     * {@code destination} (a local address or a number beyond the backend): the backend stops
     * alerting {@code leg}, forgets it, and calls the destination for the same caller as the new
     * leg {@code newLeg}, as {@link #offer} or {@link #route} would (so the destination's own
     * forwarding and do-not-disturb apply). No signal follows for {@code leg}; {@code newLeg} is
     * answered like an offered or routed leg. The model has already moved its connections.
     *
     * <p>A backend that cannot call the destination itself hands the call out instead: when the
     * caller is beyond the backend and is told to call the destination itself (SIP: a 302
     * response to the alerting INVITE, Contact naming the destination), the call leaves this
     * provider, as a PBX shows a call it redirected out of its domain. The backend then signals
     * {@link Signals#released} for {@code newLeg}, and for the caller's leg, with
     * {@code CallCtlEv.CAUSE_REDIRECTED}: the destination's connection is disconnected with that
     * cause and the call ends. If the destination is served by the same backend, the caller's
     * new call to it arrives there as a new call ({@link Signals#incoming}). If {@code leg} has
     * ended meanwhile, {@code newLeg} is released too.
     *
     * @param caller the calling number of the call, as {@link #offer} got it
     */
    void redirect(long leg, long newLeg, String caller, String destination);

    /**
     * Replaces the forwarding of the local {@code address} with {@code rules} (empty: none). The
     * backend applies them to calls arriving there from now on and tells the model of each call it
     * diverts with {@link Signals#diverted}; a diversion that would come back to an address the
     * call already visited is not made, and the leg fails with the cause
     * {@code CallCtlEv.CAUSE_REDIRECTED} instead. No signal answers this command itself.
     *
     * <p>A backend that hands a call out rather than calling the destination itself (see
     * {@link #redirect}; SIP: 302 to an INVITE from beyond the backend) still lets the model see
     * the call arrive and be diverted, as a switch's forwarding does, so that the forwarding
     * address's observers hear the same sequence as on a switch: the call arrives, the address's
     * connection is diverted ({@link Signals#diverted}) to a new leg, and that new leg, then the
     * caller's, is released with {@code CallCtlEv.CAUSE_REDIRECTED}, which ends the call there.
     */
    void setForwarding(String address, List<ForwardingRule> rules);

    /**
     * Switches do-not-disturb of the local {@code address}: while it is on, a call arriving there
     * is refused as busy, and fails with {@code CallCtlEv.CAUSE_DO_NOT_DISTURB} unless a busy
     * forwarding rule diverts it. No signal answers this command.
     */
    void setAddressDoNotDisturb(String address, boolean on);

    /**
     * Switches do-not-disturb of {@code terminal}: while it is on, the terminal does not ring, and
     * a call to an address whose terminals all have it on is refused as for
     * {@link #setAddressDoNotDisturb}. No signal answers this command.
     */
    void setTerminalDoNotDisturb(String terminal, boolean on);

    /**
     * Lights or puts out the message-waiting lamp of the local {@code address} at its phones (on
     * SIP: a message-summary NOTIFY, RFC 3842). No signal answers this command.
     */
    void setMessageWaiting(String address, boolean on);

    // ---- call completion -----------------------------------------------------------------------

    /**
     * Asks the backend to call the local {@code requester} back once {@code target}, which was
     * busy or did not answer, is free. When it is, the backend sends {@link Signals#callback} for
     * {@code request} with the leg that then rings the requester; when the requester answers, the
     * model places the call to the target as a new leg ({@link #offer} or {@link #route}). A
     * request is carried out once.
     *
     * @param request the model's id for the request, unique in the JVM ({@link LegIds#next()})
     */
    void requestCallback(long request, String requester, String target);

    /** Withdraws callback request {@code request}, if it is still pending. No signal follows. */
    void cancelCallback(long request);

    /**
     * Camps leg {@code leg} on the busy {@code target}: the leg waits, queued, and once the target
     * is free the backend offers (or routes) it there as {@link #offer} would, answered by the same
     * signals. {@link #release} of the leg ends the wait.
     */
    void campOn(long leg, String caller, String target);

    // ---- hold, transfer and conference ----------------------------------------------------------

    /**
     * The local party of leg {@code holder} put its call on hold: the party of leg {@code held}, at
     * {@code heldAddress}, no longer hears it nor is heard by it. The model sends this once for each
     * other party of the call. SIP: a re-INVITE with {@code a=sendonly} on the held party's dialog
     * (and {@code a=inactive} to the holder's own phone when the backend is the switch). No signal
     * follows; a leg the backend does not know is ignored.
     */
    void hold(long holder, long held, String heldAddress);

    /**
     * Ends a {@link #hold} of the party of leg {@code held} by the party of leg {@code holder}: the
     * two hear each other again. SIP: a re-INVITE with {@code a=sendrecv}. No signal follows.
     */
    void retrieve(long holder, long held, String heldAddress);

    /**
     * A transfer: the controller hands the parties of legs {@code transferred} to those of legs
     * {@code to}, who from now on talk together in one call; the model releases the controller's
     * own legs with {@link #release} right after. Legs keep their ids. For a transfer to a
     * consultation call, {@code to} are the consultation's parties (a switch bridges the legs; a
     * backend that {@linkplain #confirmsTransfers() confirms transfers} has already agreed it with
     * the parties through {@link #proposeTransfer}, and now leaves the call if it is beyond it). For a blind transfer, {@code to} is the one leg the
     * model has just {@linkplain #route routed} or {@linkplain #offer offered} to the destination,
     * whose signals tell how it goes (SIP endpoint: carried as one REFER to the destination). No
     * signal follows.
     */
    void transfer(long[] transferred, long[] to);

    /**
     * Whether a transfer to a consultation call needs the parties' word before the model makes it
     * ({@link #proposeTransfer}); if not, the model makes it at once ({@link #transfer}).
     */
    default boolean confirmsTransfers() {
        return false;
    }

    /**
     * Asks the parties to carry a transfer to a consultation call before the model makes it: the
     * parties of legs {@code transferred} would talk with those of legs {@code to}. Answered on
     * {@code request} (a fresh id, {@link LegIds#next()}) by {@link Signals#answered} when they
     * agreed (the model then makes the transfer and calls {@link #transfer} with the same legs),
     * or {@link Signals#failed} when they refused (both calls stay as they were). {@link #release}
     * of {@code request} withdraws the proposal. SIP: REFER with Replaces (RFC 3891) on a
     * transferred party's dialog; its NOTIFYs (RFC 3515) answer. Only called when
     * {@link #confirmsTransfers()}.
     */
    default void proposeTransfer(long request, long[] transferred, long[] to) {
        throw new UnsupportedOperationException("this backend makes transfers without asking the parties");
    }

    /**
     * A conference: the parties of legs {@code added} join those of legs {@code parties} in one
     * call where everyone hears everyone; legs keep their ids. {@code added} are the parties of a
     * consultation call merged into the conference, or the new leg of a party added directly, which
     * has just been {@linkplain #route routed} or {@linkplain #offer offered} (its signals tell how
     * it goes). SIP: a local mix with re-INVITEs to each party, or a conference URI (RFC 4579). No
     * signal follows.
     */
    void conference(long[] parties, long[] added);

    /** Stops the backend and every thread it started; idempotent. No signal follows. */
    void stop();
}
