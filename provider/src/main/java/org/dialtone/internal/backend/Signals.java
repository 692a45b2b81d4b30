package org.dialtone.internal.backend;

/**
 * What a backend tells the model. Methods may be called from any thread and return at once; the
 * model applies each signal on its own loop, in the order the signals were sent. A signal about a
 * leg the model has already ended is ignored.
 */
public interface Signals {
    /** The backend can carry calls. */
    void inService();

    /** The backend cannot carry calls any more (or could not start), for the given reason. */
    void outOfService(String reason);

    /** The network has accepted the call on a routed leg; the far end is not alerted yet. */
    void reached(long leg);

    /**
     * The call is offered to the local address of the leg, which may accept or reject it before
     * any phone rings (a route point, or an address that screens its calls).
     */
    void offered(long leg);

    /** The party of the leg is being alerted (its phones ring). */
    void alerting(long leg);

    /** The party of the leg answered; for a local address, at {@code terminal}. */
    void answered(long leg, String terminal);

    /**
     * The leg could not be set up or was refused (busy, not answered, unknown, rejected): it fails
     * with {@code cause}, a JTAPI core or call-control cause.
     */
    void failed(long leg, int cause);

    /** The party of a connected (or alerting) leg went away with {@code cause}. */
    void released(long leg, int cause);

    /**
     * Nobody picked up the call parked as {@code orbitLeg} within the switch's park recall time:
     * the model rings the address that parked it again and ends the orbit leg.
     */
    void parkRecall(long orbitLeg);

    /**
     * The backend diverted the call of leg {@code leg}, which was arriving at (or alerting) a local
     * address, to {@code destination}, a local address or a number beyond the backend: the
     * address's forwarding took it there. The leg is gone; the call now goes on as the new leg
     * {@code newLeg} (chosen by the backend with {@link LegIds#next()}), whose own signals follow
     * this one. The model shows the same states as for an application's redirect.
     *
     * <p>Also for a leg placed beyond the backend that the far end sent elsewhere (SIP: a 3xx
     * whose Contact the backend follows): the called party's connection is replaced by the new
     * destination's, as the caller's side of a redirect looks on a switch.
     *
     * <p>When the backend hands the call out of the provider instead of carrying it on (see
     * {@code Backend.redirect}), the new leg's only signal is {@link #released} with
     * {@code CallCtlEv.CAUSE_REDIRECTED}, followed by the same for the caller's leg.
     */
    void diverted(long leg, long newLeg, String destination);

    /**
     * The far party of leg {@code leg}, talking with a local user, has been replaced by
     * {@code party}, a party beyond the backend now talking with that user on the new leg
     * {@code newLeg} (chosen by the backend with {@link LegIds#next()}): the far party transferred
     * the user to {@code party} (a REFER the backend acted on), or {@code party} came in to take its
     * place (an INVITE with Replaces). The backend sends it only once the new party has answered,
     * so a replacement that fails is never seen. The old leg is gone (no signal follows for it);
     * {@code newLeg}'s own signals (released) follow this one. The model shows it as the spec shows
     * a transfer to the party that stays: in the same call, the old connection DISCONNECTED and a
     * new ESTABLISHED one for {@code party}. If the model no longer has {@code leg} talking, it
     * releases {@code newLeg}.
     */
    void replaced(long leg, long newLeg, String party);

    /**
     * The target of callback request {@code request} (see {@code Backend.requestCallback}) is
     * free: the backend rings the local {@code requester} as the new leg {@code leg}, whose own
     * signals (alerting, answered, failed) follow this one. When the requester answers, the model
     * calls {@code target}.
     */
    void callback(long request, long leg, String requester, String target);

    /**
     * A party beyond the backend calls the local {@code address}: a new call with the remote leg
     * {@code leg} (chosen by the backend with {@link LegIds#next()}) calling from {@code caller}.
     */
    void incoming(long leg, String caller, String address);

    /** The user of {@code terminal} picks up the ringing call at {@code address} (if any). */
    void phoneAnswered(String terminal, String address);

    /** The user of {@code terminal} hangs up every call of {@code address} there (if any). */
    void phoneHungUp(String terminal, String address);

    /**
     * The user of {@code terminal} lifts it on {@code address} and dials {@code destination}: a new
     * call from that address, as if the application had connected it.
     */
    void phoneDialled(String terminal, String address, String destination);

    /**
     * Another provider of the switch handed this provider's application the call {@code call}
     * ({@link Backend#handOff}): it now owns the call, whose legs keep their ids and whose states
     * are as the image says. Signals about those legs follow this one.
     */
    void handedOver(CallImage call);

    /**
     * The party {@code party} (a local address or a number beyond the switch) sent the DTMF
     * {@code digits} in the calls where it is connected.
     */
    void digits(String party, String digits);

    /**
     * Not a signal but a question, answered at once from any thread: whether the application
     * watches the local {@code address} (has an observer or listener on it or its terminals). A
     * backend that serves several providers offers a new call at that address to one that does.
     */
    boolean watches(String address);
}
