package org.dialtone.sim;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.ext.DiallingLocation;

/**
 * The switch description file format, both ways: {@link #read} turns a file into a
 * {@link SwitchPlan}, {@link #write} turns a plan into the text of such a file. The format is
 * documented for users in {@code docs/switch-description.md}; keep the two in step.
 *
 * <p>One statement per line, words separated by whitespace, {@code #} starts a comment. Each
 * statement maps onto one builder call, so the builder's checks (and messages) are the file's.
 */
final class SwitchDescriptionFormat {

    private static final String ADDRESS = "address <name>...";
    private static final String TERMINAL = "terminal <name> on <address>...";
    private static final String EXTERNAL = "external <number> <behaviour>";
    private static final String PICKUP_GROUP = "pickup-group <name> <address>...";
    private static final String PARK_ORBIT = "park-orbit <address>...";
    private static final String HUNT_GROUP = "hunt-group <address> members <address>... policy <policy>";
    private static final String ROUTE_POINT = "route-point <address>...";
    private static final String PARK_RECALL = "park-recall <delay>";
    private static final String DIALLING_LOCATION = "dialling-location <part> <digits>...";
    private static final String LOCATION_PARTS = "country, area, outside, long-distance or international";

    private static final String BEHAVIOURS = "answer, answer after <delay>, busy, no-answer, reject or unknown";
    private static final Pattern DELAY = Pattern.compile("(\\d+)(ms|s)");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SwitchDescriptionFormat() {
    }

    static SwitchPlan read(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines = readLines(file);
        SwitchPlan.Builder builder = SwitchPlan.builder();
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = words(lines.get(i));
            if (words.isEmpty()) {
                continue;
            }
            try {
                apply(builder, words);
            } catch (IllegalArgumentException e) {
                throw new SwitchPlanException(file, i + 1, e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static List<String> readLines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SwitchPlanException(file, 0, "switch description file not found", e);
        } catch (AccessDeniedException e) {
            throw new SwitchPlanException(file, 0, "switch description file cannot be read: permission denied", e);
        } catch (MalformedInputException e) {
            throw new SwitchPlanException(file, 0, "switch description file is not UTF-8 text", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw new SwitchPlanException(file, 0, "switch description file cannot be read: " + reason, e);
        } catch (IOException e) {
            throw new SwitchPlanException(file, 0, "switch description file cannot be read: " + e.getMessage(), e);
        }
        // An editor may put a byte order mark before the first statement.
        if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == BYTE_ORDER_MARK) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** The words of a line, comment removed. */
    private static List<String> words(String line) {
        int comment = line.indexOf('#');
        String statement = (comment >= 0 ? line.substring(0, comment) : line).trim();
        return statement.isEmpty() ? List.of() : Arrays.asList(statement.split("\\s+"));
    }

    private static void apply(SwitchPlan.Builder builder, List<String> words) {
        String keyword = words.get(0);
        List<String> args = words.subList(1, words.size());
        switch (keyword) {
            case "address" -> requireSome(args, ADDRESS).forEach(builder::address);
            case "park-orbit" -> requireSome(args, PARK_ORBIT).forEach(builder::parkOrbit);
            case "route-point" -> requireSome(args, ROUTE_POINT).forEach(builder::routePoint);
            case "terminal" -> terminal(builder, args);
            case "external" -> external(builder, args);
            case "external-default" -> builder.defaultExternal(behaviour(args));
            case "pickup-group" -> pickupGroup(builder, args);
            case "hunt-group" -> huntGroup(builder, args);
            case "park-recall" -> parkRecall(builder, args);
            case "dialling-location" -> builder.diallingLocation(diallingLocation(args));
            default -> throw new IllegalArgumentException("unknown statement '" + keyword + "'; expected one of"
                    + " address, terminal, external, external-default, pickup-group, park-orbit, park-recall,"
                    + " hunt-group, route-point, dialling-location");
        }
    }

    private static void terminal(SwitchPlan.Builder builder, List<String> args) {
        if (args.size() < 3 || !args.get(1).equals("on")) {
            throw usage(TERMINAL);
        }
        builder.terminal(args.get(0), array(args.subList(2, args.size())));
    }

    private static void external(SwitchPlan.Builder builder, List<String> args) {
        if (args.isEmpty()) {
            throw usage(EXTERNAL);
        }
        builder.external(args.get(0), behaviour(args.subList(1, args.size())));
    }

    private static void pickupGroup(SwitchPlan.Builder builder, List<String> args) {
        if (args.size() < 2) {
            throw usage(PICKUP_GROUP);
        }
        builder.pickupGroup(args.get(0), array(args.subList(1, args.size())));
    }

    private static void parkRecall(SwitchPlan.Builder builder, List<String> args) {
        if (args.size() != 1) {
            throw usage(PARK_RECALL);
        }
        builder.parkRecall(delay(args.get(0)));
    }

    /** The policy is the last two words, so even an address named "policy" can be a member. */
    private static void huntGroup(SwitchPlan.Builder builder, List<String> args) {
        int n = args.size();
        if (n < 5 || !args.get(1).equals("members") || !args.get(n - 2).equals("policy")) {
            throw usage(HUNT_GROUP);
        }
        HuntPolicy policy = HuntPolicy.fromName(args.get(n - 1));
        builder.huntGroup(args.get(0), policy, array(args.subList(2, n - 2)));
    }

    /** Pairs of part and digits ({@code none} for empty), each part once; parts not named keep the default. */
    private static DiallingLocation diallingLocation(List<String> args) {
        if (args.isEmpty() || args.size() % 2 != 0) {
            throw usage(DIALLING_LOCATION);
        }
        DiallingLocation location = DiallingLocation.DEFAULT;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.size(); i += 2) {
            String part = args.get(i);
            String value = args.get(i + 1).equals("none") ? "" : args.get(i + 1);
            if (!seen.add(part)) {
                throw new IllegalArgumentException("dialling-location names '" + part + "' twice");
            }
            location = switch (part) {
                case "country" -> location.withCountryCode(value);
                case "area" -> location.withAreaCode(value);
                case "outside" -> location.withOutsideLinePrefix(value);
                case "long-distance" -> location.withLongDistancePrefix(value);
                case "international" -> location.withInternationalPrefix(value);
                default -> throw new IllegalArgumentException("unknown dialling-location part '" + part
                        + "'; expected " + LOCATION_PARTS);
            };
        }
        return location;
    }

    private static ExternalBehaviour behaviour(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the behaviour is missing; expected " + BEHAVIOURS);
        }
        String keyword = words.get(0);
        ExternalBehaviour.Kind kind = kindNamed(keyword);
        if (kind == ExternalBehaviour.Kind.ANSWER && words.size() > 1) {
            if (!words.get(1).equals("after") || words.size() != 3) {
                throw new IllegalArgumentException("expected 'answer' or 'answer after <delay>', e.g."
                        + " 'answer after 2000ms'");
            }
            return ExternalBehaviour.answerAfter(delay(words.get(2)));
        }
        if (words.size() > 1) {
            throw new IllegalArgumentException("unexpected '" + words.get(1) + "' after behaviour '" + keyword + "'");
        }
        return behaviourOf(kind);
    }

    private static ExternalBehaviour.Kind kindNamed(String keyword) {
        for (ExternalBehaviour.Kind kind : ExternalBehaviour.Kind.values()) {
            if (kind.keyword().equals(keyword)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown behaviour '" + keyword + "'; expected " + BEHAVIOURS);
    }

    private static ExternalBehaviour behaviourOf(ExternalBehaviour.Kind kind) {
        return switch (kind) {
            case ANSWER -> ExternalBehaviour.ANSWER;
            case BUSY -> ExternalBehaviour.BUSY;
            case NO_ANSWER -> ExternalBehaviour.NO_ANSWER;
            case REJECT -> ExternalBehaviour.REJECT;
            case UNKNOWN -> ExternalBehaviour.UNKNOWN;
        };
    }

    private static Duration delay(String word) {
        Matcher matcher = DELAY.matcher(word);
        if (!matcher.matches()) {
            String hint = SwitchPlan.isAllDigits(word) ? " needs a unit" : " is not a delay";
            throw new IllegalArgumentException("delay '" + word + "'" + hint + "; write e.g. 2000ms or 2s");
        }
        if (matcher.group(1).length() > 12) {
            throw new IllegalArgumentException("delay '" + word + "' is longer than a year");
        }
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    }

    private static List<String> requireSome(List<String> args, String statement) {
        if (args.isEmpty()) {
            throw usage(statement);
        }
        return args;
    }

    private static IllegalArgumentException usage(String statement) {
        return new IllegalArgumentException("expected '" + statement + "'");
    }

    private static String[] array(List<String> words) {
        return words.toArray(new String[0]);
    }

    /**
     * The text of a switch description file for {@code plan}. Local addresses come first, in
     * declaration order with their roles, so that reading the text back gives the same order.
     */
    static String write(SwitchPlan plan) {
        StringBuilder text = new StringBuilder();
        for (String address : plan.addresses()) {
            text.append(declaration(plan, address)).append('\n');
        }
        for (String terminal : plan.terminals()) {
            text.append("terminal ").append(terminal).append(" on ")
                    .append(String.join(" ", plan.addressesOf(terminal))).append('\n');
        }
        for (SwitchPlan.PickupGroup group : plan.pickupGroups()) {
            text.append("pickup-group ").append(group.name()).append(' ')
                    .append(String.join(" ", group.members())).append('\n');
        }
        for (Map.Entry<String, ExternalBehaviour> external : plan.externals().entrySet()) {
            text.append("external ").append(external.getKey()).append(' ').append(external.getValue()).append('\n');
        }
        if (!plan.defaultExternalBehaviour().equals(ExternalBehaviour.NO_ANSWER)) {
            text.append("external-default ").append(plan.defaultExternalBehaviour()).append('\n');
        }
        if (!plan.parkRecall().equals(SwitchPlan.DEFAULT_PARK_RECALL)) {
            text.append("park-recall ").append(plan.parkRecall().toMillis()).append("ms\n");
        }
        DiallingLocation location = plan.diallingLocation();
        if (!location.equals(DiallingLocation.DEFAULT)) {
            text.append("dialling-location country ").append(location.countryCode())
                    .append(" area ").append(orNone(location.areaCode()))
                    .append(" outside ").append(orNone(location.outsideLinePrefix()))
                    .append(" long-distance ").append(orNone(location.longDistancePrefix()))
                    .append(" international ").append(location.internationalPrefix()).append('\n');
        }
        return text.toString();
    }

    private static String orNone(String digits) {
        return digits.isEmpty() ? "none" : digits;
    }

    private static String declaration(SwitchPlan plan, String address) {
        return switch (plan.roleOf(address)) {
            case LINE -> "address " + address;
            case PARK_ORBIT -> "park-orbit " + address;
            case ROUTE_POINT -> "route-point " + address;
            case HUNT_GROUP -> {
                SwitchPlan.HuntGroup group = plan.huntGroupAt(address);
                yield "hunt-group " + address + " members " + String.join(" ", group.members())
                        + " policy " + group.policy();
            }
        };
    }
}
