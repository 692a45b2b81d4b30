package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One SIPp process for a test, on 127.0.0.1: started with a scenario from
 * {@code src/test/resources/sipp}, bounded in time twice (by {@code timeout} around it, and by
 * {@link #awaitExit}), and stopped by its process id in {@link #close()}. Its message trace is kept
 * for failure messages.
 */
public final class Sipp implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    /** The outer bound of any SIPp run in the tests; a scenario normally ends within seconds. */
    private static final int MAX_SECONDS = 30;

    private final Process process;
    private final Path dir;
    private final int port;
    private final String scenario;

    private Sipp(Process process, Path dir, int port, String scenario) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.scenario = scenario;
    }

    /** Skips the calling test, with the reason, if SIPp is not installed; CI installs it (.ci/run). */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(isInstalled(),
                "sipp is not installed (apt-get install sip-tester); the SIP tests against SIPp are skipped");
    }

    static boolean isInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "sipp"))) {
                return true;
            }
        }
        return false;
    }

    /** A port free for both UDP and TCP on 127.0.0.1 just now. */
    public static int freePort() {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getByName(HOST))) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
                    return tcp.getLocalPort();
                } catch (IOException taken) {
                    // the TCP side is in use: try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port free for both UDP and TCP on " + HOST);
    }

    /**
     * Starts SIPp as a server (UAS) with {@code scenario} on {@code port}, for one call, and waits
     * until it listens.
     *
     * @param transport {@code udp} or {@code tcp}
     * @param keys pairs of SIPp {@code -key} names and values for the scenario
     */
    public static Sipp server(String scenario, int port, String transport, String... keys) throws IOException {
        return server(scenario, port, transport, 1, keys);
    }

    /** As {@link #server(String, int, String, String...)}, for {@code calls} calls, each playing {@code scenario}. */
    public static Sipp server(String scenario, int port, String transport, int calls, String... keys)
            throws IOException {
        Sipp sipp = start(scenario, port, transport, null, List.of("-m", String.valueOf(calls)), keys);
        try {
            sipp.awaitListening(transport);
        } catch (IOException | RuntimeException e) {
            sipp.close();
            throw e;
        }
        return sipp;
    }

    /**
     * Starts SIPp as a client (UAC) with {@code scenario} from {@code port}, calling user
     * {@code user} at {@code target} ({@code host:port}) once.
     */
    public static Sipp client(String scenario, int port, String transport, String target, String user,
            String... keys) throws IOException {
        return start(scenario, port, transport, target, List.of("-s", user), keys);
    }

    private static Sipp start(String scenario, int port, String transport, String target, List<String> extra,
            String... keys) throws IOException {
        Path dir = Files.createTempDirectory("dialtone-sipp-");
        Path file = dir.resolve(scenario);
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IllegalArgumentException("no SIPp scenario " + scenario + " in src/test/resources/sipp");
            }
            Files.copy(in, file);
        }
        List<String> command = new ArrayList<>(List.of("timeout", "-k", "2", String.valueOf(MAX_SECONDS), "sipp",
                "-sf", file.toString(), "-i", HOST, "-p", String.valueOf(port), "-nostdin",
                "-t", transport.toLowerCase(Locale.ROOT).equals("tcp") ? "t1" : "u1",
                "-trace_msg", "-message_file", dir.resolve("messages.log").toString(),
                "-trace_err", "-error_file", dir.resolve("errors.log").toString()));
        command.addAll(extra.contains("-m") ? extra : concat(extra, List.of("-m", "1")));
        for (int i = 0; i + 1 < keys.length; i += 2) {
            command.addAll(List.of("-key", keys[i], keys[i + 1]));
        }
        if (target != null) {
            command.add(target);
        }
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("screen.log").toFile()).start();
        return new Sipp(process, dir, port, scenario);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Waits (at most 5 s) until SIPp's socket is bound. */
    private void awaitListening(String transport) throws IOException {
        boolean tcp = transport.equalsIgnoreCase("tcp");
        Path table = Path.of(tcp ? "/proc/net/tcp" : "/proc/net/udp");
        String local = String.format(":%04X ", port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("SIPp " + scenario + " ended before it listened:\n" + screen());
            }
            for (String line : Files.readAllLines(table)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 3 && (fields[1] + " ").endsWith(local) && (!tcp || fields[3].equals("0A"))) {
                    return;
                }
            }
            pause(10);
        }
        throw new IllegalStateException("SIPp " + scenario + " did not listen on port " + port + " within 5 s");
    }

    /**
     * Waits for SIPp to finish its one call and returns its exit code: 0 when the call went as the
     * scenario says, 1 when it did not.
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("SIPp " + scenario + " still runs after " + timeout + "; messages so far:\n"
                    + messages());
        }
        return process.exitValue();
    }

    /** Asserts that SIPp ends within {@code timeout} with its call having gone as the scenario says. */
    public void assertSucceeded(Duration timeout) throws InterruptedException {
        int code = awaitExit(timeout);
        if (code != 0) {
            throw new AssertionError("SIPp " + scenario + " exited with " + code + "; errors:\n" + read("errors.log")
                    + "\nmessages:\n" + messages());
        }
    }

    /**
     * Waits until SIPp has received {@code times} messages starting with {@code startLine} (such as
     * {@code "REGISTER sip:"}), polling its message trace.
     */
    public void awaitReceived(String startLine, int times, Duration timeout) {
        await("message received", "receive", startLine, times, timeout);
    }

    /**
     * Waits until SIPp has sent {@code times} messages starting with {@code startLine} (such as
     * {@code "ACK "}), polling its message trace.
     */
    public void awaitSent(String startLine, int times, Duration timeout) {
        await("message sent", "send", startLine, times, timeout);
    }

    private void await(String header, String verb, String startLine, int times, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(header, startLine) < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("SIPp " + scenario + " did not " + verb + " " + times + " x '" + startLine
                        + "' within " + timeout + "; messages:\n" + messages());
            }
            pause(20);
        }
    }

    private int count(String header, String startLine) {
        // SIPp writes each message after a header line such as "UDP message received [n] bytes :".
        String[] lines = messages().split("\r?\n");
        int count = 0;
        boolean afterHeader = false;
        for (String line : lines) {
            if (afterHeader && !line.isBlank()) {
                if (line.startsWith(startLine)) {
                    count++;
                }
                afterHeader = false;
            }
            if (line.contains(header)) {
                afterHeader = true;
            }
        }
        return count;
    }

    /** The SIP messages SIPp sent and received so far. */
    public String messages() {
        return read("messages.log");
    }

    private String screen() {
        return read("screen.log");
    }

    private String read(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The port SIPp uses. */
    public int port() {
        return port;
    }

    /** Stops SIPp (by process id) if it still runs, and removes its files. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroy);
        handle.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SIPp " + scenario + " on " + HOST + ":" + port;
    }
}
