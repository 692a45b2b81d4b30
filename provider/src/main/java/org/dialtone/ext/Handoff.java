package org.dialtone.ext;

import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Handoff: gives a call to another application on the same switch, by the name that application
 * registered, as TAPI's {@code lineHandoff} does. Implemented by Dialtone's {@code Provider}.
 *
 * <p>An application is a provider: on the sim switch, every provider opened on the same named
 * switch ({@code sim;name=X}) in this JVM shares that switch, and each may register names. Each
 * provider owns the calls it placed or was given; a call that starts at the switch (a call from
 * beyond it, or a user dialling at a phone) goes to the first provider, in the order they were
 * opened, whose application watches the address (has an address or call observer or listener on
 * it, or a call observer or listener on one of its terminals), and else to the first provider.
 *
 * <p>After {@link #handoff} returns, the call has left this provider: its connections are
 * {@code DISCONNECTED}, its terminal connections {@code DROPPED}, the call {@code INVALID} and
 * forgotten, and every observer and listener of it heard its observation end. Those events carry
 * the cause {@code CAUSE_NORMAL} (call-control cause too), grouped as {@code META_CALL_ENDING}.
 * The receiving provider then sees the call appear as it is (same parties, same connection and
 * terminal connection states), announced as a snapshot: the observers and listeners of its
 * addresses and terminals in the call get its present state with {@code CAUSE_SNAPSHOT}, observers
 * under {@code META_SNAPSHOT}, listeners between {@code SINGLECALL_META_SNAPSHOT_STARTED} and
 * {@code ..._ENDED}, exactly as when one is added to a live call. From then on it is that
 * provider's call to answer, disconnect or hand on.
 *
 * <pre>{@code
 * ((Handoff) agentDesk).register("agent-desk");             // in the receiving application
 * ((Handoff) router).handoff(call, "agent-desk");           // in the one holding the call
 * }</pre>
 */
public interface Handoff {

    /**
     * Registers {@code application} as a name of this provider's application, so that other
     * providers of the switch can hand calls to it. Registering a name again is harmless; a
     * provider may hold several names, and loses them when it shuts down.
     *
     * @throws InvalidArgumentException if the name is null, empty, has whitespace at an end, or is
     *     already registered by another provider of the switch
     * @throws InvalidStateException if the provider is not in service
     * @throws MethodNotSupportedException if the provider's backend cannot hand calls over
     */
    void register(String application)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    /** Gives up {@code application} if this provider registered it; otherwise does nothing. */
    void unregister(String application);

    /** The names this provider has registered, in the order registered; empty if none. */
    String[] getApplications();

    /**
     * Hands {@code call}, an {@code ACTIVE} call of this provider, to the application registered
     * as {@code application} by another provider of the switch. Nothing changes when it throws.
     *
     * @throws InvalidArgumentException if {@code call} is null or not a call of this provider, or
     *     the name is null or empty
     * @throws InvalidPartyException if no running provider of the switch other than this one has
     *     registered that name (it never did, unregistered it, or shut down)
     * @throws InvalidStateException if the provider is not in service or the call is not ACTIVE
     * @throws MethodNotSupportedException if the provider's backend cannot hand calls over
     */
    void handoff(Call call, String application) throws InvalidArgumentException, InvalidPartyException,
            InvalidStateException, MethodNotSupportedException;
}
