package org.dialtone.tck.spi;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.telephony.Provider;

/**
 * A harness read from a properties file, for the command line. Keys:
 *
 * <pre>
 * peer=org.dialtone.DialtonePeer           # required: the JtapiPeer class
 * provider=sim                             # required: the provider string
 * addresses=1001, 1002, 1003:desk-1003     # required: 3 or more; address[:terminal], terminal defaults to the address
 * external=5550100                         # a number beyond the provider
 * route-point=4000                         # an address whose calls are accepted or rejected
 * shared-line=1050                         # an address with two or more terminals ...
 * shared-line.terminals=1050, 1050-b       # ... and those terminals
 * pickup-group=sales                       # a pickup group holding the second and third addresses
 * park-address=7001                        # where calls are parked (a park orbit); default: the third address
 * far-end=com.example.MyFarEndFactory      # a FarEndFactory on the class path
 * timeout=5s                               # how long to wait for an event (ms or s)
 * classpath=lib/provider.jar:lib/jtapi.jar # the provider's jars, for java -jar (relative to this file)
 * </pre>
 *
 * <p>{@code ${harness.dir}} in a value is replaced by the directory of the file, so a provider string
 * can name a configuration file beside it. Unknown keys are refused, so a typo is not silently lost.
 */
public final class PropertiesHarness implements Harness {
    private static final Set<String> KEYS = Set.of("peer", "provider", "addresses", "external", "route-point",
            "shared-line", "shared-line.terminals", "pickup-group", "park-address", "far-end", "timeout",
            "classpath");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s)");

    private final String source;
    private final String peer;
    private final String provider;
    private final List<Line> lines;
    private final Optional<String> external;
    private final Optional<String> routePoint;
    private final Optional<SharedLine> sharedLine;
    private final Optional<String> pickupGroup;
    private final Optional<String> parkAddress;
    private final Optional<String> farEndClass;
    private final Duration timeout;
    private final List<Path> classpath;

    private PropertiesHarness(String source, Properties p, Path dir) {
        this.source = source;
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw fault("unknown key(s) " + unknown + "; known keys are " + new TreeSet<>(KEYS));
        }
        String dirText = dir.toAbsolutePath().toString();
        p.replaceAll((k, v) -> v.toString().replace("${harness.dir}", dirText).strip());
        this.peer = required(p, "peer");
        this.provider = required(p, "provider");
        this.lines = lines(required(p, "addresses"));
        this.external = optional(p, "external");
        this.routePoint = optional(p, "route-point");
        this.sharedLine = sharedLine(p);
        this.pickupGroup = optional(p, "pickup-group");
        this.parkAddress = optional(p, "park-address");
        this.farEndClass = optional(p, "far-end");
        this.timeout = optional(p, "timeout").map(this::duration).orElse(Duration.ofSeconds(5));
        this.classpath = optional(p, "classpath").map(v -> paths(v, dir)).orElse(List.of());
    }

    /**
     * Reads the harness in {@code file}.
     *
     * @throws HarnessException if the file cannot be read or a key is missing, unknown or wrong
     */
    public static PropertiesHarness load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new HarnessException(file + ": cannot read the harness description: " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return new PropertiesHarness(file.toString(), p, dir == null ? Path.of(".") : dir);
    }

    /**
     * Reads a harness from properties given in code; {@code ${harness.dir}} means {@code dir}.
     *
     * @throws HarnessException if a key is missing, unknown or wrong
     */
    public static PropertiesHarness of(String source, Properties properties, Path dir) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new PropertiesHarness(source, copy, dir);
    }

    private HarnessException fault(String message) {
        return new HarnessException(source + ": " + message);
    }

    private String required(Properties p, String key) {
        return optional(p, key).orElseThrow(() -> fault("the key '" + key + "' is missing or empty"));
    }

    private static Optional<String> optional(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private List<Line> lines(String value) {
        List<Line> out = new ArrayList<>();
        for (String item : value.split("[,\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            Line line = colon < 0 ? Line.of(item) : new Line(item.substring(0, colon), item.substring(colon + 1));
            if (line.terminal().isBlank() || out.stream().anyMatch(l -> l.address().equals(line.address()))) {
                throw fault("addresses: '" + item + "' has no terminal after ':' or repeats an address");
            }
            out.add(line);
        }
        if (out.size() < 3) {
            throw fault("addresses: the kit needs at least three local addresses, got " + out.size());
        }
        return List.copyOf(out);
    }

    private Optional<SharedLine> sharedLine(Properties p) {
        Optional<String> address = optional(p, "shared-line");
        Optional<String> terminals = optional(p, "shared-line.terminals");
        if (address.isPresent() != terminals.isPresent()) {
            throw fault("shared-line and shared-line.terminals go together; give both or neither");
        }
        try {
            return address.map(a -> new SharedLine(a, List.of(terminals.get().split("[,\\s]+"))));
        } catch (IllegalArgumentException e) {
            throw fault(e.getMessage());
        }
    }

    private Duration duration(String value) {
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw fault("timeout: '" + value + "' is not a positive duration such as 5s or 2500ms");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? Duration.ofSeconds(n) : Duration.ofMillis(n);
    }

    private static List<Path> paths(String value, Path dir) {
        List<Path> out = new ArrayList<>();
        for (String item : value.split("[" + Pattern.quote(java.io.File.pathSeparator) + ",]")) {
            if (!item.isBlank()) {
                out.add(dir.resolve(item.strip()).normalize());
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String peerClassName() {
        return peer;
    }

    @Override
    public String providerString() {
        return provider;
    }

    @Override
    public List<Line> lines() {
        return lines;
    }

    @Override
    public Optional<String> externalNumber() {
        return external;
    }

    @Override
    public Optional<String> routePoint() {
        return routePoint;
    }

    @Override
    public Optional<SharedLine> sharedLine() {
        return sharedLine;
    }

    @Override
    public Optional<String> pickupGroup() {
        return pickupGroup;
    }

    @Override
    public Optional<String> parkAddress() {
        return parkAddress;
    }

    @Override
    public Duration eventTimeout() {
        return timeout;
    }

    /** The jars named by the {@code classpath} key, resolved against the file's directory. */
    public List<Path> classpath() {
        return classpath;
    }

    /** The far-end factory class named by the {@code far-end} key, if any. */
    public Optional<String> farEndClassName() {
        return farEndClass;
    }

    /**
     * Instantiates the {@code far-end} factory through the thread's context class loader.
     *
     * @throws HarnessException if the class cannot be loaded or is not a {@link FarEndFactory}
     */
    @Override
    public Optional<FarEnd> farEnd(Provider provider) {
        if (farEndClass.isEmpty()) {
            return Optional.empty();
        }
        String name = farEndClass.get();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(name, true, loader == null ? getClass().getClassLoader() : loader);
            if (!FarEndFactory.class.isAssignableFrom(type)) {
                throw fault("far-end: " + name + " does not implement " + FarEndFactory.class.getName());
            }
            return ((FarEndFactory) type.getConstructor().newInstance()).open(provider);
        } catch (ClassNotFoundException e) {
            throw fault("far-end: class " + name + " is not on the class path");
        } catch (ReflectiveOperationException e) {
            Throwable why = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new HarnessException(source + ": far-end: cannot create " + name + ": " + why, why);
        }
    }

    @Override
    public String description() {
        return provider + " on " + peer + " (" + source + ")";
    }
}
