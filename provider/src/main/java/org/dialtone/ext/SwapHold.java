package org.dialtone.ext;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.TerminalConnection;

/**
 * Swap hold (TAPI {@code lineSwapHold}): a terminal talking on one call and holding another
 * changes over in one step. Implemented by Dialtone's {@code TerminalConnection}: cast the held
 * terminal connection to this interface. Ask {@link ExtensionSupport#isSupported} with
 * {@link Extension#SWAP_HOLD} whether the provider offers it.
 *
 * <pre>{@code
 * ((SwapHold) heldTerminalConnection).swapHold(talkingTerminalConnection);
 * }</pre>
 */
public interface SwapHold {
    /**
     * Puts {@code active}, the terminal connection talking on another call at the same terminal,
     * on hold and takes this one off hold, as one step: no one sees the terminal holding both
     * calls or talking on both in between.
     *
     * <p>Pre-conditions: the provider is in service; this terminal connection is
     * {@code CallControlTerminalConnection.HELD}; {@code active} is {@code TALKING}, at the same
     * terminal, in another call. Post-conditions: {@code active} is {@code HELD} and this one
     * {@code TALKING}, announced as {@code CallCtlTermConnHeldEv} then
     * {@code CallCtlTermConnTalkingEv} (each in its own call's progress batch, published
     * together); both connections stay as they were.
     *
     * @param active the terminal connection to put on hold
     * @throws InvalidArgumentException if {@code active} is null, not of this provider, at
     *     another terminal, or in the same call as this one
     * @throws InvalidStateException if the provider is not in service, this terminal connection is
     *     not held or {@code active} is not talking; nothing changes
     * @throws MethodNotSupportedException if the provider does not offer swap hold
     */
    void swapHold(TerminalConnection active)
            throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
