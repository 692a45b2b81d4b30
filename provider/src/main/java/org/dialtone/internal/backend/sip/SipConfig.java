package org.dialtone.internal.backend.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@code sip;...} provider string asks for, checked. The keys (all optional but {@code users}):
 * <ul>
 *   <li>{@code host}: the local address to listen on and to advertise in Via, Contact and SDP
 *       (default {@code 127.0.0.1});</li>
 *   <li>{@code port}: the local SIP port (default 5060);</li>
 *   <li>{@code transport}: {@code udp} (default) or {@code tcp};</li>
 *   <li>{@code users}: the provider's users, {@code name[:password]} separated by commas; each is a
 *       JTAPI Address with one Terminal of the same name, and registers with its name and password;</li>
 *   <li>{@code registrar}: {@code host[:port]} where the users register; without it they do not;</li>
 *   <li>{@code proxy}: {@code host[:port]} of the outbound proxy every call goes through (default:
 *       the registrar, if any);</li>
 *   <li>{@code domain}: the SIP domain of the users' addresses of record and of dialled numbers
 *       (default: the registrar as written, else {@code host});</li>
 *   <li>{@code expires}: the registration lifetime asked for, in seconds (default 3600);</li>
 *   <li>{@code noanswer}: seconds an outgoing call may ring before it is cancelled as not answered
 *       (default 30, as on the sim switch);</li>
 *   <li>{@code forwardafter}: seconds a call may ring at a user before a no-answer forwarding
 *       rule diverts it (default 15, as on the sim switch).</li>
 * </ul>
 * Immutable. {@link #toString()} never shows a password.
 */
public final class SipConfig {

    /** The SIP transports this backend speaks. */
    public enum Transport {
        UDP, TCP;

        /** The name JAIN SIP and SIP URIs use: {@code udp} or {@code tcp}. */
        public String sipName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A user of the provider: its name (the address and terminal name) and its password, if any. */
    public static final class User {
        private final String name;
        private final String password;

        User(String name, String password) {
            this.name = name;
            this.password = password;
        }

        /** The user name: the JTAPI address and terminal name, and the SIP user part. */
        public String name() {
            return name;
        }

        /** The digest password, or empty if the user has none. */
        public Optional<String> password() {
            return Optional.ofNullable(password);
        }

        @Override
        public String toString() {
            return password == null ? name : name + ":***";
        }
    }

    /** A host with an optional port ({@code -1} when not given). */
    public static final class HostPort {
        private final String host;
        private final int port;

        HostPort(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** The host name or address, IPv6 without brackets. */
        public String host() {
            return host;
        }

        /** The port, or {@code -1} for the transport's default. */
        public int port() {
            return port;
        }

        /** As written in a SIP URI: {@code host[:port]}, IPv6 in brackets. */
        @Override
        public String toString() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return port < 0 ? h : h + ":" + port;
        }
    }

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._~!*'()+$&=-]+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int DEFAULT_PORT = 5060;

    private final String host;
    private final int port;
    private final Transport transport;
    private final List<User> users;
    private final HostPort registrar;
    private final HostPort proxy;
    private final String domain;
    private final Duration expires;
    private final Duration noAnswer;
    private final Duration forwardAfter;

    private SipConfig(String host, int port, Transport transport, List<User> users, HostPort registrar,
            HostPort proxy, String domain, Duration expires, Duration noAnswer, Duration forwardAfter) {
        this.host = host;
        this.port = port;
        this.transport = transport;
        this.users = List.copyOf(users);
        this.registrar = registrar;
        this.proxy = proxy;
        this.domain = domain;
        this.expires = expires;
        this.noAnswer = noAnswer;
        this.forwardAfter = forwardAfter;
    }

    /**
     * Checks the values of a {@code sip} provider string (keys as {@code ProviderString} accepted
     * them).
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong, and why
     */
    public static SipConfig parse(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        String host = values.containsKey("host") ? host("host", values.get("host")) : "127.0.0.1";
        int port = values.containsKey("port") ? port("port", values.get("port")) : DEFAULT_PORT;
        Transport transport = values.containsKey("transport") ? transport(values.get("transport")) : Transport.UDP;
        if (!values.containsKey("users")) {
            throw new IllegalArgumentException("sip key 'users' is missing: name the provider's users,"
                    + " e.g. users=alice:secret,bob:secret");
        }
        List<User> users = users(values.get("users"));
        HostPort registrar = values.containsKey("registrar") ? hostPort("registrar", values.get("registrar")) : null;
        HostPort proxy = values.containsKey("proxy") ? hostPort("proxy", values.get("proxy")) : registrar;
        String domain = values.containsKey("domain") ? hostPort("domain", values.get("domain")).toString()
                : registrar != null ? registrar.toString() : new HostPort(host, -1).toString();
        Duration expires = Duration.ofSeconds(values.containsKey("expires")
                ? seconds("expires", values.get("expires"), 1, 86_400) : 3600);
        Duration noAnswer = Duration.ofSeconds(values.containsKey("noanswer")
                ? seconds("noanswer", values.get("noanswer"), 1, 3600) : 30);
        Duration forwardAfter = Duration.ofSeconds(values.containsKey("forwardafter")
                ? seconds("forwardafter", values.get("forwardafter"), 1, 3600) : 15);
        return new SipConfig(host, port, transport, users, registrar, proxy, domain, expires, noAnswer,
                forwardAfter);
    }

    private static String host(String key, String value) {
        String bare = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        boolean v6 = bare.contains(":");
        if (v6 ? !IPV6.matcher(bare).matches() : !HOST_NAME.matcher(bare).matches()) {
            throw new IllegalArgumentException("sip key '" + key + "': '" + value
                    + "' is not a host name or IP address");
        }
        return bare;
    }

    private static int port(String key, String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("sip key '" + key + "': '" + value + "' is not a port (1 to 65535)");
        }
        return port;
    }

    private static Transport transport(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "udp":
                return Transport.UDP;
            case "tcp":
                return Transport.TCP;
            case "tls":
                throw new IllegalArgumentException("sip key 'transport': tls is not supported yet; use udp or tcp");
            default:
                throw new IllegalArgumentException("sip key 'transport': '" + value + "' is not udp or tcp");
        }
    }

    private static List<User> users(String value) {
        List<User> users = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String entry : value.split(",", -1)) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            String name = colon < 0 ? trimmed : trimmed.substring(0, colon).trim();
            String password = colon < 0 ? null : trimmed.substring(colon + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("sip key 'users' has an entry without a name;"
                        + " expected name[:password] separated by commas");
            }
            if (!USER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("sip key 'users': '" + name
                        + "' is not a SIP user name (letters, digits and . _ ~ ! * ' ( ) + $ & = -)");
            }
            if (password != null && password.isEmpty()) {
                throw new IllegalArgumentException("sip key 'users': user '" + name
                        + "' has an empty password; leave out the ':' for a user without one");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("sip key 'users' names '" + name + "' twice");
            }
            users.add(new User(name, password));
        }
        return users;
    }

    private static HostPort hostPort(String key, String value) {
        String host = value;
        int port = -1;
        int close = value.lastIndexOf(']');
        int colon = value.lastIndexOf(':');
        boolean bracketed = value.startsWith("[");
        if (colon > close && (bracketed || value.indexOf(':') == colon)) {
            host = value.substring(0, colon);
            port = port(key, value.substring(colon + 1));
        }
        return new HostPort(host(key, host), port);
    }

    private static long seconds(String key, String value, long min, long max) {
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            seconds = Long.MIN_VALUE;
        }
        if (seconds < min || seconds > max) {
            throw new IllegalArgumentException("sip key '" + key + "': '" + value + "' is not a number of seconds from "
                    + min + " to " + max);
        }
        return seconds;
    }

    /** The local host to listen on and advertise. */
    public String host() {
        return host;
    }

    /** The local SIP port. */
    public int port() {
        return port;
    }

    /** The SIP transport. */
    public Transport transport() {
        return transport;
    }

    /** The provider's users, in the order given. */
    public List<User> users() {
        return users;
    }

    /** Where the users register, if anywhere. */
    public Optional<HostPort> registrar() {
        return Optional.ofNullable(registrar);
    }

    /** The outbound proxy, if any. */
    public Optional<HostPort> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** The SIP domain ({@code host[:port]}) of the users and of dialled numbers. */
    public String domain() {
        return domain;
    }

    /** The registration lifetime asked for. */
    public Duration expires() {
        return expires;
    }

    /** How long an outgoing call may ring before it is cancelled as not answered. */
    public Duration noAnswer() {
        return noAnswer;
    }

    /** How long a call may ring at a user before a no-answer forwarding rule diverts it. */
    public Duration forwardAfter() {
        return forwardAfter;
    }

    @Override
    public String toString() {
        return "sip " + transport.sipName() + " " + new HostPort(host, port) + " users=" + users
                + (registrar == null ? "" : " registrar=" + registrar)
                + (proxy == null ? "" : " proxy=" + proxy) + " domain=" + domain;
    }
}
