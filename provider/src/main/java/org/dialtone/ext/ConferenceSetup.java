package org.dialtone.ext;

import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;

/**
 * One-step conference set-up and the calls related to a conference (TAPI
 * {@code lineSetupConference} and {@code lineGetConfRelatedCalls}). Implemented by Dialtone's
 * {@code Call}: cast the call that is to become the conference to this interface. Ask
 * {@link ExtensionSupport#isSupported} with {@link Extension#CONFERENCE_SETUP} whether the
 * provider offers it.
 *
 * <pre>{@code
 * CallControlCall consultation = ((ConferenceSetup) call).setupConference(myTerminalConnection, "1003");
 * // ... the third party answers ...
 * ((CallControlCall) call).conference(consultation);
 * }</pre>
 *
 * <p>JTAPI keeps a conference as one call with three or more connections, so the conference call
 * is this call itself; the consultation calls set up from it are its related calls until they are
 * merged into it or end.
 */
public interface ConferenceSetup {
    /**
     * Prepares to add a party to this call: puts {@code controller} on hold and places a
     * consultation call from its address and terminal to {@code destination}, as
     * {@code CallControlCall.consult(TerminalConnection, String)} on a new call would, in one
     * step. Both calls get {@code controller} and the consultation's originating terminal
     * connection as their conference controllers, so that {@code conference(consultation)} on
     * this call merges them.
     *
     * @param controller a {@code TALKING} terminal connection of this call
     * @param destination the party to consult, a complete number
     * @return the consultation call, {@code ACTIVE}, with the originating and destination
     *     connections as {@code consult} returns them
     * @throws InvalidArgumentException if {@code controller} is null, not of this provider or not
     *     part of this call
     * @throws InvalidStateException if the provider is not in service, this call is not
     *     {@code ACTIVE} or {@code controller} is not {@code TALKING}; nothing changes
     * @throws InvalidPartyException if {@code destination} cannot be dialled; nothing changes
     * @throws MethodNotSupportedException if the provider does not offer conference set-up
     */
    CallControlCall setupConference(TerminalConnection controller, String destination)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException,
            MethodNotSupportedException;

    /**
     * Like {@link #setupConference(TerminalConnection, String)}, but the consultation is only
     * taken off hook: its originating connection stays {@code INITIATED} for
     * {@code CallControlConnection.addToAddress} to dial.
     *
     * @return the consultation call, {@code ACTIVE}, whose one connection is {@code INITIATED}
     * @throws InvalidArgumentException as for the other form
     * @throws InvalidStateException as for the other form
     * @throws MethodNotSupportedException if the provider does not offer conference set-up
     */
    CallControlCall setupConference(TerminalConnection controller)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    /**
     * The calls related to this call's conference: first the conference call (this call, or the
     * call this one consults for), then the consultation calls set up from it with
     * {@link #setupConference} or {@code CallControlCall.consult} that are neither merged nor
     * ended. A call related to none answers itself alone.
     *
     * @return the related calls, or null if this call is not {@code ACTIVE}
     */
    Call[] getConferenceRelatedCalls();
}
