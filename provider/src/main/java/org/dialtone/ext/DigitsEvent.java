package org.dialtone.ext;

import javax.telephony.ConnectionEvent;

/**
 * Digits a party sent in a call, for a {@link DigitsListener}. {@link #getConnection()} is the
 * connection of the party that sent them, {@link #getCall()} its call; the cause is
 * {@code CAUSE_NORMAL} and no meta event brackets it.
 */
public interface DigitsEvent extends ConnectionEvent {
    /** The id of every digits event: Dialtone's own, outside the ranges JTAPI's events use. */
    int DIGITS_RECEIVED = 0x4449;

    /** The digits, in the order sent: characters of {@code 0-9 * # A B C D}. */
    String getDigits();
}
