package org.dialtone.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dialtone.ext.DiallingLocation;

/**
 * What the sim switch contains: its local addresses and the terminals they appear on, the
 * external numbers whose behaviour is scripted, and the pickup groups, park orbits, hunt groups
 * and route points it offers.
 *
 * <p>A local address may appear on several terminals (a shared line) and a terminal may carry
 * several addresses. Park orbits, hunt groups and route points are local addresses too, with a
 * role of their own; terminals and group members are always plain addresses. Any number that is
 * not local and consists of digits only is a party beyond the switch: it behaves as scripted with
 * {@link Builder#external}, or else as the {@linkplain #defaultExternalBehaviour() default}, which
 * is {@link ExternalBehaviour#NO_ANSWER} (it rings until a test script acts) unless the plan
 * says otherwise.
 *
 * <p>A plan also says where the switch dials from ({@link #diallingLocation()}), for translating
 * canonical numbers to dialable strings and back.
 *
 * <p>Plans are immutable values. Every list keeps the order in which its items were declared, so
 * what an application sees (for example the order of {@code Provider.getAddresses()}) is stable.
 * Plans come from {@link #defaultPlan()}, a {@link #builder()}, or a switch description file
 * ({@link #load(Path)}; the format is described in {@code docs/switch-description.md} and
 * {@link #toDescription()} writes it).
 */
public final class SwitchPlan {

    /** Where a number leads, as {@link #classify(String)} tells it. */
    public enum NumberKind {
        /** A local address of the switch. */
        LOCAL,
        /** An external number whose behaviour the plan scripts. */
        EXTERNAL_SCRIPTED,
        /** An all-digit number the plan does not list: it gets the default external behaviour. */
        EXTERNAL_DEFAULT,
        /** Neither local nor all digits: no party has this number. */
        INVALID
    }

    /**
     * A named group of addresses whose alerting calls any member may pick up. An address belongs
     * to at most one pickup group.
     */
    public record PickupGroup(String name, List<String> members) {
        /** Copies {@code members}, so the group cannot change afterwards. */
        public PickupGroup {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(Objects.requireNonNull(members, "members"));
        }
    }

    /** A local address whose calls are offered to its members in the order its policy says. */
    public record HuntGroup(String address, List<String> members, HuntPolicy policy) {
        /** Copies {@code members}, so the group cannot change afterwards. */
        public HuntGroup {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(policy, "policy");
            members = List.copyOf(Objects.requireNonNull(members, "members"));
        }
    }

    /** The role of a local address; plain addresses are lines that terminals can carry. */
    enum Role {
        LINE("a plain address"),
        PARK_ORBIT("a park orbit"),
        HUNT_GROUP("a hunt group"),
        ROUTE_POINT("a route point");

        final String description;

        Role(String description) {
            this.description = description;
        }
    }

    /** How long a parked call waits for a pickup before it rings its parker again, unless the plan says. */
    public static final Duration DEFAULT_PARK_RECALL = Duration.ofSeconds(60);

    private static final SwitchPlan DEFAULT = buildDefault();

    private final Map<String, Role> addresses;
    private final Map<String, List<String>> terminals;
    private final Map<String, List<String>> terminalsByAddress;
    private final Map<String, ExternalBehaviour> externals;
    private final ExternalBehaviour defaultExternal;
    private final Map<String, PickupGroup> pickupGroups;
    private final Map<String, HuntGroup> huntGroups;
    private final Duration parkRecall;
    private final DiallingLocation diallingLocation;
    // Asked on every call the switch places (is the destination a route point?), so listed once.
    private final List<String> parkOrbits;
    private final List<String> routePoints;

    private SwitchPlan(Builder builder) {
        addresses = frozenCopy(builder.addresses);
        Map<String, List<String>> terminalCopy = new LinkedHashMap<>();
        builder.terminals.forEach((terminal, on) -> terminalCopy.put(terminal, List.copyOf(on)));
        terminals = Collections.unmodifiableMap(terminalCopy);
        terminalsByAddress = invert(addresses, terminals);
        externals = frozenCopy(builder.externals);
        defaultExternal = builder.defaultExternal == null ? ExternalBehaviour.NO_ANSWER : builder.defaultExternal;
        pickupGroups = frozenCopy(builder.pickupGroups);
        huntGroups = frozenCopy(builder.huntGroups);
        parkRecall = builder.parkRecall == null ? DEFAULT_PARK_RECALL : builder.parkRecall;
        diallingLocation = builder.diallingLocation == null ? DiallingLocation.DEFAULT : builder.diallingLocation;
        parkOrbits = withRole(Role.PARK_ORBIT);
        routePoints = withRole(Role.ROUTE_POINT);
    }

    private static <K, V> Map<K, V> frozenCopy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** For each address, the terminals it appears on, in terminal declaration order. */
    private static Map<String, List<String>> invert(Map<String, Role> addresses, Map<String, List<String>> terminals) {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        for (String address : addresses.keySet()) {
            byAddress.put(address, new ArrayList<>());
        }
        terminals.forEach((terminal, on) -> on.forEach(address -> byAddress.get(address).add(terminal)));
        byAddress.replaceAll((address, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byAddress);
    }

    private static SwitchPlan buildDefault() {
        Builder builder = builder();
        for (int extension = 1001; extension <= 1099; extension++) {
            String name = Integer.toString(extension);
            builder.address(name).terminal(name, name);
        }
        return builder.build();
    }

    /**
     * The plan the sim switch uses when none is given: local extensions {@code 1001} to
     * {@code 1099}, each an address on one terminal of the same name. Every other all-digit
     * number is an external party that rings without answering until a test script acts.
     */
    public static SwitchPlan defaultPlan() {
        return DEFAULT;
    }

    /** A builder for a plan that starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a switch description file (UTF-8), as described in {@code docs/switch-description.md}.
     *
     * @throws SwitchPlanException if the file is missing or unreadable, or a line is wrong; its
     *     message names the file and, for a wrong line, the line number
     */
    public static SwitchPlan load(Path file) {
        return SwitchDescriptionFormat.read(file);
    }

    /** The plan as a switch description file: loading that text gives back an equal plan. */
    public String toDescription() {
        return SwitchDescriptionFormat.write(this);
    }

    /** Every local address, whatever its role, in declaration order. */
    public List<String> addresses() {
        return List.copyOf(addresses.keySet());
    }

    /** Every terminal, in declaration order. */
    public List<String> terminals() {
        return List.copyOf(terminals.keySet());
    }

    /** Whether {@code address} is a local address of the switch. */
    public boolean isLocal(String address) {
        return addresses.containsKey(Objects.requireNonNull(address, "address"));
    }

    /** Whether the switch has a terminal named {@code name}. */
    public boolean isTerminal(String name) {
        return terminals.containsKey(Objects.requireNonNull(name, "name"));
    }

    /**
     * The terminals {@code address} appears on, in terminal declaration order; empty for an
     * address no terminal carries (park orbits, hunt groups and route points among them).
     *
     * @throws IllegalArgumentException if {@code address} is not a local address
     */
    public List<String> terminalsOf(String address) {
        List<String> on = terminalsByAddress.get(Objects.requireNonNull(address, "address"));
        if (on == null) {
            throw new IllegalArgumentException("'" + address + "' is not a local address");
        }
        return on;
    }

    /**
     * The addresses terminal {@code name} carries, in the order its declaration lists them.
     *
     * @throws IllegalArgumentException if there is no such terminal
     */
    public List<String> addressesOf(String name) {
        List<String> on = terminals.get(Objects.requireNonNull(name, "name"));
        if (on == null) {
            throw new IllegalArgumentException("'" + name + "' is not a terminal");
        }
        return on;
    }

    /** Where {@code number} leads: a local address, a scripted or unlisted external number, or nowhere. */
    public NumberKind classify(String number) {
        Objects.requireNonNull(number, "number");
        if (addresses.containsKey(number)) {
            return NumberKind.LOCAL;
        }
        if (externals.containsKey(number)) {
            return NumberKind.EXTERNAL_SCRIPTED;
        }
        return isAllDigits(number) ? NumberKind.EXTERNAL_DEFAULT : NumberKind.INVALID;
    }

    /**
     * Whether {@code number} is a party beyond the switch that exists: an all-digit number that is
     * not local and whose behaviour is not {@link ExternalBehaviour.Kind#UNKNOWN}.
     */
    public boolean isExternalNumber(String number) {
        NumberKind kind = classify(number);
        boolean external = kind == NumberKind.EXTERNAL_SCRIPTED || kind == NumberKind.EXTERNAL_DEFAULT;
        return external && externalBehaviour(number).kind() != ExternalBehaviour.Kind.UNKNOWN;
    }

    /**
     * What the party at {@code number} does when called: its scripted behaviour, the default
     * behaviour for an unlisted all-digit number, or {@link ExternalBehaviour#UNKNOWN} for a
     * number no party has.
     *
     * @throws IllegalArgumentException if {@code number} is a local address
     */
    public ExternalBehaviour externalBehaviour(String number) {
        switch (classify(number)) {
            case LOCAL:
                throw new IllegalArgumentException("'" + number + "' is a local address, not an external number");
            case EXTERNAL_SCRIPTED:
                return externals.get(number);
            case EXTERNAL_DEFAULT:
                return defaultExternal;
            default:
                return ExternalBehaviour.UNKNOWN;
        }
    }

    /** The scripted external numbers and their behaviour, in declaration order. */
    public Map<String, ExternalBehaviour> externals() {
        return externals;
    }

    /** The behaviour of all-digit numbers the plan neither has locally nor scripts. */
    public ExternalBehaviour defaultExternalBehaviour() {
        return defaultExternal;
    }

    /** The pickup groups, in declaration order. */
    public List<PickupGroup> pickupGroups() {
        return List.copyOf(pickupGroups.values());
    }

    /** The pickup group {@code address} belongs to, if any. */
    public Optional<PickupGroup> pickupGroupOf(String address) {
        Objects.requireNonNull(address, "address");
        return pickupGroups.values().stream().filter(group -> group.members().contains(address)).findFirst();
    }

    /** The park orbits, in declaration order. */
    public List<String> parkOrbits() {
        return parkOrbits;
    }

    /**
     * How long a call parked on an orbit waits to be picked up before the switch rings the address
     * that parked it again; {@link #DEFAULT_PARK_RECALL} unless the plan says otherwise.
     */
    public Duration parkRecall() {
        return parkRecall;
    }

    /** The hunt groups, in declaration order. */
    public List<HuntGroup> huntGroups() {
        return List.copyOf(huntGroups.values());
    }

    /** The route points, in declaration order. */
    public List<String> routePoints() {
        return routePoints;
    }

    /**
     * Where the switch dials from: {@link DiallingLocation#DEFAULT} unless the plan sets it with
     * {@link Builder#diallingLocation} (or a {@code dialling-location} statement).
     */
    public DiallingLocation diallingLocation() {
        return diallingLocation;
    }

    /** The role of local address {@code address}, or null if it is not local. */
    Role roleOf(String address) {
        return addresses.get(address);
    }

    /** The hunt group whose address is {@code address}, or null. */
    HuntGroup huntGroupAt(String address) {
        return huntGroups.get(address);
    }

    private List<String> withRole(Role role) {
        List<String> matching = new ArrayList<>();
        addresses.forEach((address, its) -> {
            if (its == role) {
                matching.add(address);
            }
        });
        return List.copyOf(matching);
    }

    static boolean isAllDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Equal plans declare the same items in the same order, with the same behaviour. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SwitchPlan)) {
            return false;
        }
        SwitchPlan that = (SwitchPlan) other;
        return addresses().equals(that.addresses())
                && addresses.equals(that.addresses)
                && terminals().equals(that.terminals())
                && terminals.equals(that.terminals)
                && List.copyOf(externals.entrySet()).equals(List.copyOf(that.externals.entrySet()))
                && defaultExternal.equals(that.defaultExternal)
                && pickupGroups().equals(that.pickupGroups())
                && huntGroups().equals(that.huntGroups())
                && parkRecall.equals(that.parkRecall)
                && diallingLocation.equals(that.diallingLocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(addresses().hashCode(), addresses, terminals().hashCode(), terminals, externals,
                defaultExternal, pickupGroups(), huntGroups(), parkRecall, diallingLocation);
    }

    /** A one-line summary; {@link #toDescription()} gives the whole plan. */
    @Override
    public String toString() {
        return "SwitchPlan[" + addresses.size() + " addresses, " + terminals.size() + " terminals, "
                + externals.size() + " scripted external numbers (others: " + defaultExternal + "), "
                + pickupGroups.size() + " pickup groups, " + parkOrbits().size() + " park orbits, "
                + huntGroups.size() + " hunt groups, " + routePoints().size() + " route points]";
    }

    /**
     * Builds a {@link SwitchPlan}. Each method checks its item against what was declared before it
     * and throws {@link IllegalArgumentException} naming the item if it does not fit, leaving the
     * builder as it was; so an address must be declared before a terminal or group names it.
     * Names are single words: no whitespace, control characters or {@code #}. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Role> addresses = new LinkedHashMap<>();
        private final Map<String, List<String>> terminals = new LinkedHashMap<>();
        private final Map<String, ExternalBehaviour> externals = new LinkedHashMap<>();
        private ExternalBehaviour defaultExternal;
        private final Map<String, PickupGroup> pickupGroups = new LinkedHashMap<>();
        private final Map<String, HuntGroup> huntGroups = new LinkedHashMap<>();
        private Duration parkRecall;
        private DiallingLocation diallingLocation;

        private Builder() {
        }

        /** Declares a plain local address, one that terminals can carry. */
        public Builder address(String name) {
            declare(name, Role.LINE);
            return this;
        }

        /** Declares a local address on which calls can be parked. */
        public Builder parkOrbit(String address) {
            declare(address, Role.PARK_ORBIT);
            return this;
        }

        /** Declares a local address whose calls an application routes (a JTAPI route point). */
        public Builder routePoint(String address) {
            declare(address, Role.ROUTE_POINT);
            return this;
        }

        /**
         * Declares a terminal carrying one or more plain addresses, declared before, in the order
         * given.
         */
        public Builder terminal(String name, String... addresses) {
            checkName("terminal", name);
            if (terminals.containsKey(name)) {
                throw new IllegalArgumentException("terminal '" + name + "' is already declared");
            }
            List<String> on = members("terminal '" + name + "'", addresses);
            terminals.put(name, on);
            return this;
        }

        /** Scripts how the party at an external, all-digit {@code number} behaves when called. */
        public Builder external(String number, ExternalBehaviour behaviour) {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(behaviour, "behaviour");
            if (!isAllDigits(number)) {
                throw new IllegalArgumentException("external number '" + number + "' must consist of digits only");
            }
            if (addresses.containsKey(number)) {
                throw new IllegalArgumentException("external number '" + number + "' is a local address");
            }
            if (externals.containsKey(number)) {
                throw new IllegalArgumentException("external number '" + number + "' is already declared");
            }
            externals.put(number, behaviour);
            return this;
        }

        /**
         * Sets how unlisted all-digit numbers behave (without this, {@link ExternalBehaviour#NO_ANSWER});
         * {@link ExternalBehaviour#UNKNOWN} makes them not exist. May be set once.
         */
        public Builder defaultExternal(ExternalBehaviour behaviour) {
            Objects.requireNonNull(behaviour, "behaviour");
            if (defaultExternal != null) {
                throw new IllegalArgumentException("the default external behaviour is already set (to "
                        + defaultExternal + ")");
            }
            defaultExternal = behaviour;
            return this;
        }

        /**
         * Sets how long a parked call waits to be picked up before the switch rings the address
         * that parked it again (without this, {@link SwitchPlan#DEFAULT_PARK_RECALL}). May be set once.
         *
         * @throws IllegalArgumentException if {@code delay} is not positive, is longer than a year or
         *     is not a whole number of milliseconds, or the recall time is already set
         */
        public Builder parkRecall(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (parkRecall != null) {
                throw new IllegalArgumentException("the park recall time is already set (to " + parkRecall.toMillis()
                        + "ms)");
            }
            if (delay.isZero() || delay.isNegative()) {
                throw new IllegalArgumentException("park recall time " + delay + " must be positive");
            }
            if (delay.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("park recall time " + delay + " is longer than a year");
            }
            if (delay.getNano() % 1_000_000 != 0) {
                throw new IllegalArgumentException("park recall time " + delay
                        + " is not a whole number of milliseconds");
            }
            parkRecall = delay;
            return this;
        }

        /**
         * Declares a pickup group of plain addresses, declared before; an address can be in one
         * pickup group only.
         */
        public Builder pickupGroup(String name, String... members) {
            checkName("pickup group", name);
            String what = "pickup group '" + name + "'";
            if (pickupGroups.containsKey(name)) {
                throw new IllegalArgumentException(what + " is already declared");
            }
            List<String> checked = members(what, members);
            for (String member : checked) {
                for (PickupGroup other : pickupGroups.values()) {
                    if (other.members().contains(member)) {
                        throw new IllegalArgumentException(what + " names '" + member
                                + "', which is already in pickup group '" + other.name() + "'");
                    }
                }
            }
            pickupGroups.put(name, new PickupGroup(name, checked));
            return this;
        }

        /**
         * Declares a new local address {@code address} as a hunt group whose calls go to the
         * given plain addresses, declared before, in the order {@code policy} says.
         */
        public Builder huntGroup(String address, HuntPolicy policy, String... members) {
            Objects.requireNonNull(policy, "policy");
            checkNewAddress(address);
            List<String> checked = members("hunt group '" + address + "'", members);
            addresses.put(address, Role.HUNT_GROUP);
            huntGroups.put(address, new HuntGroup(address, checked, policy));
            return this;
        }

        /**
         * Sets where the switch dials from (without this, {@link DiallingLocation#DEFAULT}). May be
         * set once.
         */
        public Builder diallingLocation(DiallingLocation location) {
            Objects.requireNonNull(location, "location");
            if (diallingLocation != null) {
                throw new IllegalArgumentException("the dialling location is already set (to " + diallingLocation + ")");
            }
            diallingLocation = location;
            return this;
        }

        /** The plan declared so far. The builder can go on and build again. */
        public SwitchPlan build() {
            return new SwitchPlan(this);
        }

        private void declare(String address, Role role) {
            checkNewAddress(address);
            addresses.put(address, role);
        }

        private void checkNewAddress(String address) {
            checkName("address", address);
            Role existing = addresses.get(address);
            if (existing != null) {
                throw new IllegalArgumentException("address '" + address + "' is already declared as "
                        + existing.description);
            }
            if (externals.containsKey(address)) {
                throw new IllegalArgumentException("address '" + address + "' is already declared as an external number");
            }
        }

        /** Checks that {@code names} are one or more distinct plain addresses declared before. */
        private List<String> members(String what, String... names) {
            Objects.requireNonNull(names, "addresses");
            if (names.length == 0) {
                throw new IllegalArgumentException(what + " needs at least one address");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String name : names) {
                Objects.requireNonNull(name, "address");
                Role role = addresses.get(name);
                if (role == null) {
                    throw new IllegalArgumentException(what + " names unknown address '" + name + "'");
                }
                if (role != Role.LINE) {
                    throw new IllegalArgumentException(what + " names '" + name + "', which is " + role.description
                            + "; only plain addresses can be named here");
                }
                if (!seen.add(name)) {
                    throw new IllegalArgumentException(what + " names address '" + name + "' twice");
                }
            }
            return List.copyOf(seen);
        }

        private static void checkName(String what, String name) {
            Objects.requireNonNull(name, what + " name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(what + " name is empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '#') {
                    throw new IllegalArgumentException(what + " name '" + name
                            + "' is not a single word: it contains whitespace, a control character or '#'");
                }
            }
        }
    }
}
