package org.dialtone.ext;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Digits in a call: DTMF tones sent on a connected call, as TAPI's {@code lineGenerateDigits} (or
 * {@code lineDial} on a connected call). Implemented by Dialtone's {@code TerminalConnection}:
 * the digits go from its terminal to every other party of the call that is connected
 * ({@code ESTABLISHED}); the sim switch lets a test read them through
 * {@code org.dialtone.sim.Party.receivedDigits()}; over SIP they are meant to travel as RFC 4733
 * events or SIP INFO. Digits the other parties send reach the application through a
 * {@link DigitsListener}.
 *
 * <p>Sending changes no JTAPI state and so causes no JTAPI event.
 */
public interface Digits {

    /**
     * Sends {@code digits} as DTMF from this terminal connection's terminal, in order.
     *
     * @param digits one or more of {@code 0-9 * # A B C D}
     * @throws InvalidArgumentException if {@code digits} is null, empty, or has another character
     * @throws InvalidStateException if the provider is not in service, this terminal connection is
     *     not {@code TALKING}, or no other party of the call is connected to hear the digits
     * @throws MethodNotSupportedException if the provider's backend cannot send digits
     */
    void sendDigits(String digits) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
