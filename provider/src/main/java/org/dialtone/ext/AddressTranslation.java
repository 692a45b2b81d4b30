package org.dialtone.ext;

import javax.telephony.InvalidArgumentException;

/**
 * Address translation, as TAPI's {@code lineTranslateAddress}: between a canonical number,
 * {@code +CC (AC) NUMBER}, and the string to dial for it from the switch's
 * {@linkplain DiallingLocation dialling location}. Implemented by Dialtone's {@code Provider}; it
 * works in any provider state, since it only computes.
 *
 * <p>The canonical form is {@code +}, the country code, a space, the area code in parentheses and
 * a space (left out where the number has none), then the subscriber number; spaces, {@code -} and
 * {@code .} may group the subscriber number's digits. A compact E.164 form, {@code +15555550100},
 * is read too. With the default location (country 1, area 555, no outside-line prefix,
 * long-distance prefix 1, international prefix 011):
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>Canonical</th><th>Dialable</th></tr>
 * <tr><td>{@code +1 (555) 5550100}</td><td>{@code 5550100}</td></tr>
 * <tr><td>{@code +1 (212) 555-0100}</td><td>{@code 12125550100}</td></tr>
 * <tr><td>{@code +44 (20) 7946 0000}</td><td>{@code 011442079460000}</td></tr>
 * </table>
 */
public interface AddressTranslation {

    /**
     * The string to dial for {@code canonical} from the switch: the outside-line prefix, then the
     * subscriber number alone in the location's own area, the long-distance prefix with area code
     * and number elsewhere in its country (also for a number of its country given without an area
     * code), or the international prefix with country code, area code and number abroad.
     *
     * @throws InvalidArgumentException if {@code canonical} is null or not a canonical number, with
     *     a message that says what is wrong
     */
    String toDialable(String canonical) throws InvalidArgumentException;

    /**
     * The canonical number that dialling {@code dialable} from the switch reaches: after the
     * outside-line prefix, the international prefix introduces country code and number (written
     * {@code +CC NUMBER}, since area codes abroad are not known), the long-distance prefix an area
     * code of the location's country (taken to be as long as the location's own) and number, and
     * anything else is a number in the location's own area. Spaces and {@code -} between digits
     * are ignored.
     *
     * @throws InvalidArgumentException if {@code dialable} is null, is not digits, lacks the
     *     outside-line prefix the location needs, ends after a prefix, is too long for a telephone
     *     number, or is a local address of the switch (which has no canonical number)
     */
    String toCanonical(String dialable) throws InvalidArgumentException;

    /** The location dialable strings are written for, as the switch description sets it. */
    DiallingLocation getDiallingLocation();
}
