package org.dialtone.ext;

import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/**
 * Indirect park ({@link Extension#INDIRECT_PARK}): the switch chooses the park orbit. Implemented by
 * Dialtone's {@code Connection}; cast a {@code CallControlConnection} to it.
 *
 * <pre>{@code
 * String orbit = ((IndirectPark) connection).parkIndirect();
 * // later, from any phone:
 * ((CallControlTerminal) terminal).pickup(provider.getAddress(orbit), terminalAddress);
 * }</pre>
 *
 * <p>It behaves as {@code CallControlConnection.park(orbit)} for the orbit the switch picked: the
 * same states, events and exceptions, and the parked call rings its parker again if nobody picks it
 * up within the switch's park recall time.
 */
public interface IndirectPark {
    /**
     * Parks this connection's call at the first park orbit that holds no call: this connection
     * leaves the call ({@code DISCONNECTED}, call-control cause {@code CAUSE_PARK}) and a new
     * connection at the orbit waits {@code QUEUED}.
     *
     * @return the address of the orbit the call waits at, for {@code CallControlTerminal.pickup}
     * @throws InvalidStateException if the provider is not in service, this connection is not
     *     {@code ESTABLISHED}, no other party of the call is connected, or the call is secured
     * @throws InvalidPartyException if this connection's party is beyond the provider
     * @throws ResourceUnavailableException if every park orbit already holds a call
     * @throws MethodNotSupportedException if the provider's switch has no park orbit
     */
    String parkIndirect() throws InvalidStateException, InvalidPartyException, ResourceUnavailableException,
            MethodNotSupportedException;
}
