package org.dialtone.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SIPp process on 127.0.0.1 for the sip benchmark: started with SIPp's built-in {@code uac} or
 * {@code uas} scenario, bounded by {@code timeout} around it (SIPp's own {@code -timeout} does not
 * always fire), stopped by its process id, and read back from the statistics screen SIPp prints
 * when it ends.
 */
final class SippRun implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    /** Both ends get the largest receive buffer the kernel allows here: without it UDP drops come first. */
    private static final String BUFFER = "4194304";
    /** A call whose answer is lost fails after this long instead of waiting for SIPp's end. */
    private static final String RECV_TIMEOUT_MS = "4000";

    private final Process process;
    private final Path screen;

    private SippRun(Process process, Path screen) {
        this.process = process;
        this.screen = screen;
    }

    /** Whether a {@code sipp} executable is on the PATH. */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "sipp"))) {
                return true;
            }
        }
        return false;
    }

    /** A UDP port free on 127.0.0.1 just now. */
    static int freePort() {
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getByName(HOST))) {
            return udp.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIPp's {@code uas} on {@code port}, answering every call until stopped (at most
     * {@code maxSeconds}); returns once its socket is bound.
     */
    static SippRun server(int port, Path dir, int maxSeconds) throws IOException {
        SippRun run = start(List.of("-sn", "uas", "-p", String.valueOf(port)), dir, "uas-" + port, maxSeconds);
        run.awaitBound(port);
        return run;
    }

    /**
     * SIPp's {@code uac} from {@code port}, placing {@code calls} calls at {@code rate} a second to
     * user {@code user} at {@code 127.0.0.1:targetPort}, each hanging up with BYE right after the
     * answer's ACK.
     */
    static SippRun client(int port, int targetPort, String user, int rate, int calls, Path dir, int maxSeconds)
            throws IOException {
        return start(List.of("-sn", "uac", "-p", String.valueOf(port), "-s", user, "-r", String.valueOf(rate),
                "-m", String.valueOf(calls), "-recv_timeout", RECV_TIMEOUT_MS, HOST + ":" + targetPort),
                dir, "uac-" + port + "-" + rate, maxSeconds);
    }

    private static SippRun start(List<String> args, Path dir, String name, int maxSeconds) throws IOException {
        List<String> command = new ArrayList<>(List.of("timeout", "-k", "2", String.valueOf(maxSeconds), "sipp",
                "-i", HOST, "-nostdin", "-buff_size", BUFFER));
        command.addAll(args);
        Path screen = dir.resolve(name + ".screen");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(screen.toFile()).start();
        return new SippRun(process, screen);
    }

    private void awaitBound(int port) throws IOException {
        String local = String.format(":%04X ", port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("SIPp ended before it listened:\n" + screenText());
            }
            for (String line : Files.readAllLines(Path.of("/proc/net/udp"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 1 && (fields[1] + " ").endsWith(local)) {
                    return;
                }
            }
            pause(10);
        }
        throw new IllegalStateException("SIPp did not listen on port " + port + " within 5 s");
    }

    /** Waits for SIPp to end by itself; its exit status (0: every call succeeded), or -1 if it still runs. */
    int awaitExit(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Stops SIPp (SIGTERM to {@code timeout}, which passes it on) and waits for its last screen. */
    @Override
    public void close() throws InterruptedException {
        ProcessHandle handle = process.toHandle();
        handle.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            process.waitFor(3, TimeUnit.SECONDS);
        }
    }

    /** The cumulative count on the statistics screen's line {@code counter}, or -1 if there is none. */
    long counter(String counter) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(counter) + "\\s*\\|[^|]*\\|\\s*(\\d+)")
                .matcher(screenText());
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    /**
     * How many of {@code message} (such as {@code BYE}, or a response code) SIPp counted on its
     * scenario screen's first line for it, or -1 if there is none.
     */
    long messages(String message) {
        Matcher m = Pattern.compile("(?m)^\\s*(?:<-+|-+>)\\s+" + Pattern.quote(message) + "\\s+(?:E-RTD\\d\\s+)?(\\d+)")
                .matcher(screenText());
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    private String screenText() {
        try {
            return Files.exists(screen) ? Files.readString(screen, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
