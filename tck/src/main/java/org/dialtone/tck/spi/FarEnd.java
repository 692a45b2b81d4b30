package org.dialtone.tck.spi;

/**
 * Plays the parties the application does not control: the users at local phones and the parties
 * beyond the provider. The sim switch does this with its scripting API; a SIP deployment might use
 * sipp. Every method is optional: one a driver cannot do throws {@link UnsupportedOperationException}
 * (the default), and the kit skips the tests that need it, saying why.
 *
 * <p>The {@code will...} methods script what a party does when it is called from then on; the
 * others act now. The kit calls them from its test thread and waits for the provider's events.
 */
public interface FarEnd {

    /** The party at {@code externalNumber} calls the local {@code address}, which starts to ring. */
    default void call(String externalNumber, String address) {
        throw new UnsupportedOperationException("place a call from beyond the provider");
    }

    /** The user at the phone of the local {@code address} picks up the call ringing there. */
    default void answer(String address) {
        throw new UnsupportedOperationException("answer at a phone");
    }

    /** The user at the phone of the local {@code address} hangs up. */
    default void hangUp(String address) {
        throw new UnsupportedOperationException("hang up at a phone");
    }

    /** Calls to {@code number} (local or external) are answered at once from now on. */
    default void willAnswer(String number) {
        throw new UnsupportedOperationException("make a party answer");
    }

    /** Calls to {@code number} ring and are then declined from now on. */
    default void willReject(String number) {
        throw new UnsupportedOperationException("make a party reject");
    }

    /** Calls to {@code number} find it busy from now on. */
    default void willBeBusy(String number) {
        throw new UnsupportedOperationException("make a party busy");
    }
}
