package org.dialtone.ext;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Call completion (TAPI's {@code lineCompleteCall} and {@code lineUnCompleteCall}): when a call
 * from a local address finds the called party busy or not answering, the address asks the switch
 * to complete it later, and may list and withdraw its requests. Implemented by Dialtone's local
 * {@code Address}: a request belongs to the requesting line, outlives the call it was made from,
 * and is listed and withdrawn there.
 *
 * <pre>{@code
 * Connection[] c = call.connect(terminal, address, "1002");
 * // ... CallCtlConnFailedEv with CAUSE_BUSY for c[1]
 * CallCompletion.Request r = ((CallCompletion) address).completeCall(c[1], CallCompletion.Mode.CALLBACK);
 * // later: the switch rings this address; answered, the call to 1002 is placed
 * }</pre>
 *
 * <p>{@link Mode#CALLBACK}: the caller may hang up. Once the target is free, the switch starts a
 * new call that rings the requester (its connection alerts with {@code CallCtlEv.CAUSE_CALL_BACK});
 * when a terminal answers, the call is placed to the target as any call is. A request is carried
 * out once, and then leaves {@link #getCompletionRequests()}.
 *
 * <p>{@link Mode#CAMP_ON}: the call stays up and waits at the busy target, a local address. The
 * failed connection leaves the call and a new connection at the target takes its place,
 * {@code QUEUED}; once the target is free it alerts there. Withdrawing the request makes that
 * connection fail busy again.
 *
 * <p>Every method throws {@code MethodNotSupportedException} if the provider does not offer
 * {@link Extension#CALL_COMPLETION}, or if the address is not a local one.
 */
public interface CallCompletion {

    /** How the switch completes a call. */
    enum Mode {
        /** Ring the requester once the target is free, then call the target. */
        CALLBACK,
        /** Keep the call waiting, queued at the busy target, until it is free. */
        CAMP_ON
    }

    /** A pending completion request. Requests are values: equal when they are the same request. */
    interface Request {
        /** The local address that asked. */
        Address getRequester();

        /** The number of the party that was busy or did not answer. */
        String getTarget();

        /** How the call is completed. */
        Mode getMode();

        /** For {@link Mode#CAMP_ON}, the waiting call; null for a callback. */
        Call getCall();
    }

    /**
     * Asks the switch to complete the call that {@code unreached} failed to set up.
     *
     * @param unreached the called party's connection, in a call in which this address takes part
     *     (ESTABLISHED); it must have FAILED with {@code CallCtlEv.CAUSE_BUSY}, or, for a
     *     {@link Mode#CALLBACK}, with {@code CallCtlEv.CAUSE_CALL_NOT_ANSWERED}
     * @param mode how to complete it
     * @return the request, now pending
     * @throws InvalidArgumentException if {@code unreached} or {@code mode} is null, the connection
     *     is not of this provider, this address is not in its call, or a camp-on is asked for at a
     *     party beyond the switch (only a callback reaches those)
     * @throws InvalidStateException if the provider is not in service, the connection has not
     *     failed for a reason the mode can complete, or this address already has a callback request
     *     for the same target
     * @throws MethodNotSupportedException if call completion is not offered
     */
    Request completeCall(Connection unreached, Mode mode)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    /**
     * The requests of this address still pending, oldest first; null if there are none (as JTAPI
     * getters answer).
     *
     * @throws MethodNotSupportedException if call completion is not offered
     */
    Request[] getCompletionRequests() throws MethodNotSupportedException;

    /**
     * Withdraws a pending request: a callback is forgotten; a camp-on's waiting connection fails
     * with {@code CallCtlEv.CAUSE_BUSY}, as before the request.
     *
     * @throws InvalidArgumentException if {@code request} is null or not a pending request of
     *     this address (for example one already carried out)
     * @throws InvalidStateException if the provider is not in service
     * @throws MethodNotSupportedException if call completion is not offered
     */
    void cancelCompletion(Request request)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
