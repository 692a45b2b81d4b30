package org.dialtone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.telephony.ProviderUnavailableException;

/**
 * The parsed form of the string an application hands to {@code JtapiPeer.getProvider(String)}:
 * {@code service[;key=value]*}, for example {@code sim}, {@code sim;config=/etc/plan.txt} or
 * {@code sip;host=127.0.0.1;port=5070}.
 *
 * <p>Rules:
 * <ul>
 *   <li>The service name comes first and is matched exactly: {@code sim} or {@code sip}.</li>
 *   <li>Each parameter is {@code key=value}, split at the first {@code =}, so a value may contain
 *       {@code =} but not {@code ;} (there is no escaping). Whitespace around the service, keys
 *       and values is trimmed; whitespace inside a value is kept.</li>
 *   <li>Keys are case-sensitive, must be known to the service (see {@link #KNOWN_KEYS}) and may
 *       appear once. Their values must not be empty: an empty value is a mistake, not a way to
 *       ask for a default (leave the key out for that).</li>
 *   <li>The credential keys other vendors' providers expect ({@code login}, {@code loginID},
 *       {@code passwd}, {@code appinfo}, in any letter case) are accepted and ignored, with any
 *       value including an empty one, so that moving an application to Dialtone only means
 *       changing the service name. They are not reported by {@link #keys()} or
 *       {@link #value(String)}, and {@link #toString()} masks their values.</li>
 * </ul>
 *
 * <p>Anything else is answered with a {@link ProviderUnavailableException} whose reason is
 * {@code CAUSE_INVALID_SERVICE} for an unknown service and {@code CAUSE_INVALID_ARGUMENT}
 * otherwise, and whose message quotes the offending part. Messages never repeat the whole string,
 * because it may hold a password.
 *
 * <p>Instances are immutable; two are equal when they name the same service with the same
 * parameters (credentials, being ignored, do not count).
 */
final class ProviderString {

    /**
     * The keys each service understands. This is the one place that lists services and their
     * options: a backend that gains an option adds its key here.
     */
    private static final Map<String, Set<String>> KNOWN_KEYS = knownKeys();

    /** Credential keys of other vendors' provider strings, lower case; matched ignoring case. */
    private static final Set<String> CREDENTIAL_KEYS = Set.of("login", "loginid", "passwd", "appinfo");

    private static final String MASK = "***";

    /**
     * Keys whose value is a comma-separated list of {@code name:secret} entries (the sip users and
     * their passwords): {@link #toString()} keeps the names and masks the secrets.
     */
    private static final Set<String> SECRET_LISTS = Set.of("users");

    private final String service;
    /** Non-credential parameters in the order given. */
    private final Map<String, String> values;
    /** Every parameter as written (trimmed), credentials masked: what toString shows. */
    private final List<String> shownPairs;

    private ProviderString(String service, Map<String, String> values, List<String> shownPairs) {
        this.service = service;
        this.values = Collections.unmodifiableMap(values);
        this.shownPairs = List.copyOf(shownPairs);
    }

    private static Map<String, Set<String>> knownKeys() {
        Map<String, Set<String>> keys = new TreeMap<>();
        keys.put("sim", Set.of("config", "name"));
        // The sip backend reads these; internal.backend.sip.SipConfig says what each means.
        keys.put("sip", Set.of("host", "port", "transport", "users", "registrar", "proxy", "domain", "expires",
                "noanswer", "forwardafter"));
        return Collections.unmodifiableMap(keys);
    }

    /** The service names this provider offers, in alphabetical order. */
    static List<String> services() {
        return List.copyOf(KNOWN_KEYS.keySet());
    }

    /**
     * Parses a provider string.
     *
     * @throws ProviderUnavailableException with {@code CAUSE_INVALID_SERVICE} if the service is
     *     not one this provider offers, {@code CAUSE_INVALID_ARGUMENT} for any other fault
     */
    static ProviderString parse(String text) {
        if (text == null) {
            throw invalidArgument("provider string is null; " + expectedForm());
        }
        if (text.trim().isEmpty()) {
            throw invalidArgument("provider string is empty; " + expectedForm());
        }
        String[] parts = text.split(";", -1);
        String service = checkService(parts[0].trim());
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> seenCredentials = new TreeSet<>();
        List<String> shown = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String pair = parts[i].trim();
            int eq = pair.indexOf('=');
            if (pair.isEmpty()) {
                throw invalidArgument("provider string has an empty parameter"
                        + " (a ';' with nothing after it, or two in a row)");
            }
            if (eq < 0) {
                throw invalidArgument("malformed parameter '" + pair + "' in provider string: expected key=value");
            }
            String key = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (key.isEmpty()) {
                throw invalidArgument("malformed parameter '" + pair + "' in provider string: the key is empty");
            }
            if (isCredential(key)) {
                if (!seenCredentials.add(key.toLowerCase(Locale.ROOT))) {
                    throw invalidArgument("key '" + key + "' appears more than once in provider string");
                }
                shown.add(key + "=" + MASK);
                continue;
            }
            checkKey(service, key, value, values);
            values.put(key, value);
            shown.add(key + "=" + (SECRET_LISTS.contains(key) ? maskSecrets(value) : value));
        }
        return new ProviderString(service, values, shown);
    }

    private static String checkService(String service) {
        if (service.isEmpty()) {
            throw invalidArgument("provider string has no service name before the first ';'; " + expectedForm());
        }
        if (!KNOWN_KEYS.containsKey(service)) {
            String hint = KNOWN_KEYS.containsKey(service.toLowerCase(Locale.ROOT))
                    ? " (service names are lower case)" : "";
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE,
                    "unknown service '" + service + "'; this provider offers " + quotedServices(" and ") + hint);
        }
        return service;
    }

    private static void checkKey(String service, String key, String value, Map<String, String> seen) {
        Set<String> known = KNOWN_KEYS.get(service);
        if (!known.contains(key)) {
            throw invalidArgument("unknown key '" + key + "' for service '" + service
                    + "'; known keys: " + String.join(", ", new TreeSet<>(known)));
        }
        if (seen.containsKey(key)) {
            throw invalidArgument("key '" + key + "' appears more than once in provider string");
        }
        if (value.isEmpty()) {
            throw invalidArgument("key '" + key + "' has an empty value; leave the key out to use the default");
        }
    }

    /** {@code alice:pw1,bob} becomes {@code alice:***,bob}: each secret after its entry's first ':' is hidden. */
    private static String maskSecrets(String list) {
        List<String> entries = new ArrayList<>();
        for (String entry : list.split(",", -1)) {
            int colon = entry.indexOf(':');
            entries.add(colon < 0 ? entry : entry.substring(0, colon + 1) + MASK);
        }
        return String.join(",", entries);
    }

    private static boolean isCredential(String key) {
        return CREDENTIAL_KEYS.contains(key.toLowerCase(Locale.ROOT));
    }

    private static String expectedForm() {
        return "expected a service name (" + quotedServices(" or ") + ") optionally followed by ;key=value pairs";
    }

    private static String quotedServices(String conjunction) {
        List<String> quoted = new ArrayList<>();
        for (String name : KNOWN_KEYS.keySet()) {
            quoted.add("'" + name + "'");
        }
        return String.join(conjunction, quoted);
    }

    private static ProviderUnavailableException invalidArgument(String message) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, message);
    }

    /** The service name: {@code sim} or {@code sip}. */
    String service() {
        return service;
    }

    /** The value given for {@code key}, or empty if the string did not set it. */
    Optional<String> value(String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(values.get(key));
    }

    /** The keys the string set, in the order given, credentials excluded. */
    Set<String> keys() {
        return values.keySet();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderString)) {
            return false;
        }
        ProviderString that = (ProviderString) other;
        return service.equals(that.service) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, values);
    }

    /**
     * The string in normal form (trimmed, in the order given) with credential values and the
     * passwords in {@code users} masked.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(service);
        for (String pair : shownPairs) {
            text.append(';').append(pair);
        }
        return text.toString();
    }
}
