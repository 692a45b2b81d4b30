package org.dialtone.tck.events;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a sequence of event names against a pattern of the order the specification allows. Each
 * pattern token is a name, or names separated by {@code |} (any one of them), optionally followed by
 * {@code ?} (at most once), {@code *} (any number) or {@code +} (at least once).
 *
 * <pre>{@code
 * Sequences.assertMatches(names, "ConnCreatedEv", "ConnInProgressEv?", "ConnAlertingEv", "ConnConnectedEv");
 * }</pre>
 */
public final class Sequences {
    private Sequences() {
    }

    /** Whether {@code actual} matches {@code pattern} exactly, from first to last name. */
    public static boolean matches(List<String> actual, String... pattern) {
        String text = actual.stream().map(n -> n + ",").collect(Collectors.joining());
        return compile(pattern).matcher(text).matches();
    }

    /**
     * Fails unless {@code actual} matches {@code pattern}.
     *
     * @param what what the sequence is of, for the message
     */
    public static void assertMatches(String what, List<String> actual, String... pattern) {
        if (!matches(actual, pattern)) {
            throw new AssertionError("wrong event sequence for " + what + ":\n  expected " + String.join(" ", pattern)
                    + "\n  but got  " + (actual.isEmpty() ? "(no events)" : String.join(" ", actual)));
        }
    }

    private static Pattern compile(String... pattern) {
        StringBuilder regex = new StringBuilder();
        for (String token : pattern) {
            char last = token.isEmpty() ? ' ' : token.charAt(token.length() - 1);
            boolean quantified = last == '?' || last == '*' || last == '+';
            String names = quantified ? token.substring(0, token.length() - 1) : token;
            regex.append("(?:");
            String sep = "";
            for (String name : names.split("\\|")) {
                regex.append(sep).append(Pattern.quote(name + ","));
                sep = "|";
            }
            regex.append(')');
            if (quantified) {
                regex.append(last);
            }
        }
        return Pattern.compile(regex.toString());
    }
}
