package org.dialtone.internal.model;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.telephony.InvalidArgumentException;
import org.dialtone.ext.DiallingLocation;

/**
 * The {@link org.dialtone.ext.AddressTranslation} extension's arithmetic: canonical numbers
 * ({@code +CC (AC) NUMBER}) to dialable strings and back, for one {@link DiallingLocation}. Pure
 * functions of their arguments, so any thread may call them.
 */
final class AddressTranslator {
    /** E.164 allows at most 15 digits, country code included. */
    private static final int MAX_DIGITS = 15;
    /** {@code +CC (AC) NUMBER} or {@code +CC NUMBER}; the number may be grouped by spaces, '-' or '.'. */
    private static final Pattern CANONICAL =
            Pattern.compile("\\+(\\d{1,3})\\s+(?:\\((\\d{1,6})\\)\\s*)?(\\d(?:[\\d .-]*\\d)?)");
    /** {@code +CCNUMBER}: E.164 without spaces, whose country code only the code table can split off. */
    private static final Pattern COMPACT = Pattern.compile("\\+(\\d{2,15})");
    /** The one- and two-digit country codes of E.164; every other country code has three digits. */
    private static final Set<String> SHORT_COUNTRY_CODES = Set.of("1", "7", "20", "27", "30", "31", "32", "33",
            "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55",
            "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92",
            "93", "94", "95", "98");

    private AddressTranslator() {
    }

    static String toDialable(DiallingLocation here, String canonical) throws InvalidArgumentException {
        if (canonical == null) {
            throw Refusals.argument("the canonical number is null");
        }
        String text = canonical.strip();
        String country;
        String area;
        String number;
        Matcher full = CANONICAL.matcher(text);
        Matcher compact = COMPACT.matcher(text);
        if (full.matches()) {
            country = full.group(1);
            area = full.group(2) == null ? "" : full.group(2);
            number = full.group(3).replaceAll("[ .-]", "");
        } else if (compact.matches()) {
            country = countryCodeOf(compact.group(1));
            area = "";
            number = compact.group(1).substring(country.length());
        } else {
            throw Refusals.argument("'" + canonical + "' is not a canonical number: write +CC (AC) NUMBER, e.g. "
                    + "+1 (212) 555-0100, or +CC NUMBER where there is no area code");
        }
        if (country.startsWith("0")) {
            throw Refusals.argument("'" + canonical + "' has country code " + country + ", which starts with 0");
        }
        requireLength(canonical, country + area + number);
        if (number.isEmpty()) {
            throw Refusals.argument("'" + canonical + "' has no number after its country code");
        }
        String line = here.outsideLinePrefix();
        if (!country.equals(here.countryCode())) {
            return line + here.internationalPrefix() + country + area + number;
        }
        if (!area.isEmpty() && area.equals(here.areaCode()) || area.isEmpty() && here.areaCode().isEmpty()) {
            return line + number;
        }
        // another area of the country, or a national number whose area code is part of it
        return line + here.longDistancePrefix() + area + number;
    }

    static String toCanonical(DiallingLocation here, String dialable) throws InvalidArgumentException {
        if (dialable == null) {
            throw Refusals.argument("the dialable string is null");
        }
        String digits = dialable.strip().replaceAll("(?<=\\d)[ -](?=\\d)", "");
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Refusals.argument("'" + dialable + "' is not a dialable number: it must be digits, "
                    + "optionally grouped by spaces or '-'");
        }
        String rest = digits;
        String line = here.outsideLinePrefix();
        if (!line.isEmpty()) {
            if (!rest.startsWith(line)) {
                throw Refusals.argument("'" + dialable + "' does not start with the outside-line prefix " + line
                        + ", so it does not leave the switch");
            }
            rest = rest.substring(line.length());
        }
        String international = here.internationalPrefix();
        String longDistance = here.longDistancePrefix();
        // The longer prefix first: with international 00 and long distance 0, "00" is international.
        boolean isInternational = rest.startsWith(international)
                && (longDistance.length() <= international.length() || !rest.startsWith(longDistance));
        String result;
        if (isInternational) {
            String national = afterPrefix(dialable, rest, international, "international prefix");
            String country = countryCodeOf(national);
            if (country.startsWith("0")) {
                throw Refusals.argument("'" + dialable + "' has 0 after the international prefix " + international
                        + ", where a country code starts");
            }
            String number = afterPrefix(dialable, national, country, "country code");
            result = "+" + country + " " + number;
        } else if (!longDistance.isEmpty() && rest.startsWith(longDistance)) {
            String national = afterPrefix(dialable, rest, longDistance, "long-distance prefix");
            int areaLength = here.areaCode().length();
            result = areaLength == 0 || national.length() <= areaLength ? "+" + here.countryCode() + " " + national
                    : "+" + here.countryCode() + " (" + national.substring(0, areaLength) + ") "
                            + national.substring(areaLength);
        } else if (rest.isEmpty()) {
            throw Refusals.argument("'" + dialable + "' has nothing after the outside-line prefix " + line);
        } else {
            result = here.areaCode().isEmpty() ? "+" + here.countryCode() + " " + rest
                    : "+" + here.countryCode() + " (" + here.areaCode() + ") " + rest;
        }
        requireLength(dialable, result.replaceAll("\\D", ""));
        return result;
    }

    private static String afterPrefix(String dialable, String digits, String prefix, String what)
            throws InvalidArgumentException {
        String after = digits.substring(prefix.length());
        if (after.isEmpty()) {
            throw Refusals.argument("'" + dialable + "' ends after the " + what + " " + prefix);
        }
        return after;
    }

    /** The country code at the start of {@code digits}: E.164 codes are prefix-free. */
    private static String countryCodeOf(String digits) {
        for (int length = 1; length <= 2 && length < digits.length(); length++) {
            if (SHORT_COUNTRY_CODES.contains(digits.substring(0, length))) {
                return digits.substring(0, length);
            }
        }
        return digits.substring(0, Math.min(3, digits.length()));
    }

    private static void requireLength(String input, String allDigits) throws InvalidArgumentException {
        if (allDigits.length() > MAX_DIGITS) {
            throw Refusals.argument("'" + input + "' has " + allDigits.length() + " digits with its country code; "
                    + "a telephone number has at most " + MAX_DIGITS);
        }
    }
}
