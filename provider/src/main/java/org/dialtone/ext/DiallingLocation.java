package org.dialtone.ext;

import java.util.Objects;

/**
 * Where a switch dials from, for {@link AddressTranslation}: its country and area code, and the
 * prefixes its users dial for a line out, a long-distance call in the country and an
 * international call. Every part is digits; the area code, the outside-line prefix and the
 * long-distance prefix may be empty (a country without area codes, a switch that needs no prefix
 * for an outside line, a country without a trunk prefix).
 *
 * @param countryCode the country code, one to three digits, not starting with 0
 * @param areaCode the area code without any long-distance prefix, up to six digits, or empty
 * @param outsideLinePrefix what is dialled first for any number beyond the switch, up to four
 *     digits, or empty
 * @param longDistancePrefix what precedes an area code of the same country, up to four digits, or
 *     empty
 * @param internationalPrefix what precedes a country code, one to four digits; it differs from
 *     the long-distance prefix
 */
public record DiallingLocation(String countryCode, String areaCode, String outsideLinePrefix,
        String longDistancePrefix, String internationalPrefix) {

    /**
     * The location a switch dials from unless its description says otherwise: country 1, area
     * 555, no outside-line prefix, long-distance prefix 1, international prefix 011 (a fictional
     * area of the North American plan, so that no real number is dialled by accident).
     */
    public static final DiallingLocation DEFAULT = new DiallingLocation("1", "555", "", "1", "011");

    /**
     * Checks every part.
     *
     * @throws IllegalArgumentException if a part is not digits, is too long or too short, or the
     *     international and long-distance prefixes are equal
     */
    public DiallingLocation {
        digits("country code", countryCode, 1, 3);
        if (countryCode.startsWith("0")) {
            throw new IllegalArgumentException("country code '" + countryCode + "' starts with 0");
        }
        digits("area code", areaCode, 0, 6);
        digits("outside-line prefix", outsideLinePrefix, 0, 4);
        digits("long-distance prefix", longDistancePrefix, 0, 4);
        digits("international prefix", internationalPrefix, 1, 4);
        if (internationalPrefix.equals(longDistancePrefix)) {
            throw new IllegalArgumentException("the international and long-distance prefixes are both '"
                    + internationalPrefix + "'; a dialled number could not say which it is");
        }
    }

    /** This location with another country code. */
    public DiallingLocation withCountryCode(String code) {
        return new DiallingLocation(code, areaCode, outsideLinePrefix, longDistancePrefix, internationalPrefix);
    }

    /** This location with another area code (empty for none). */
    public DiallingLocation withAreaCode(String code) {
        return new DiallingLocation(countryCode, code, outsideLinePrefix, longDistancePrefix, internationalPrefix);
    }

    /** This location with another outside-line prefix (empty for none). */
    public DiallingLocation withOutsideLinePrefix(String prefix) {
        return new DiallingLocation(countryCode, areaCode, prefix, longDistancePrefix, internationalPrefix);
    }

    /** This location with another long-distance prefix (empty for none). */
    public DiallingLocation withLongDistancePrefix(String prefix) {
        return new DiallingLocation(countryCode, areaCode, outsideLinePrefix, prefix, internationalPrefix);
    }

    /** This location with another international prefix. */
    public DiallingLocation withInternationalPrefix(String prefix) {
        return new DiallingLocation(countryCode, areaCode, outsideLinePrefix, longDistancePrefix, prefix);
    }

    private static void digits(String what, String value, int min, int max) {
        Objects.requireNonNull(value, what);
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new IllegalArgumentException(what + " '" + value + "' must be digits only");
            }
        }
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(what + " '" + value + "' must have " + (min == 0 ? "at most " + max
                    : min == max ? min : min + " to " + max) + " digits");
        }
    }
}
