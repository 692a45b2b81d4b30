package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Kamailio as a registrar and proxy with digest authentication for a test, on 127.0.0.1 and a
 * port the test picks ({@code src/test/resources/kamailio/kamailio.cfg}: users alice/alicepw and
 * bob/bobpw); in the foreground, bounded by {@code timeout}, and stopped by its process id.
 */
public final class Kamailio implements AutoCloseable {
    private static final int MAX_SECONDS = 60;

    private final Process process;
    private final Path dir;
    private final int port;

    private Kamailio(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Skips the calling test, with the reason, if Kamailio is not installed; CI installs it. */
    public static void assumeInstalled() {
        boolean found = false;
        for (String d : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin").split(":")) {
            found |= !d.isEmpty() && Files.isExecutable(Path.of(d, "kamailio"));
        }
        Assumptions.assumeTrue(found, "kamailio is not installed (apt-get install kamailio); the tests against"
                + " Kamailio are skipped");
    }

    /** Starts Kamailio on {@code port} and waits (at most 5 s) until it listens. */
    public static Kamailio start(int port) throws IOException {
        Path dir = Files.createTempDirectory("dialtone-kamailio-");
        String config;
        try (InputStream in = Kamailio.class.getResourceAsStream("/kamailio/kamailio.cfg")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@PORT@", String.valueOf(port));
        }
        Path file = dir.resolve("kamailio.cfg");
        Files.writeString(file, config);
        Files.createDirectories(dir.resolve("run"));
        String binary = Files.isExecutable(Path.of("/usr/sbin/kamailio")) ? "/usr/sbin/kamailio" : "kamailio";
        Process process = new ProcessBuilder(List.of("timeout", "-k", "2", String.valueOf(MAX_SECONDS), binary,
                "-f", file.toString(), "-P", dir.resolve("kamailio.pid").toString(), "-Y", dir.resolve("run").toString(),
                "-w", dir.toString(), "-DD", "-E"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("kamailio.log").toFile())
                .start();
        Kamailio kamailio = new Kamailio(process, dir, port);
        try {
            kamailio.awaitListening();
        } catch (IOException | RuntimeException e) {
            kamailio.close();
            throw e;
        }
        return kamailio;
    }

    private void awaitListening() throws IOException {
        String local = String.format("0100007F:%04X ", port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("kamailio ended before it listened:\n" + log());
            }
            for (String line : Files.readAllLines(Path.of("/proc/net/udp"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 1 && (fields[1] + " ").equals(local)) {
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("kamailio did not listen on port " + port + " within 5 s:\n" + log());
    }

    /** Kamailio's log so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(dir.resolve("kamailio.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The port Kamailio listens on (UDP and TCP). */
    public int port() {
        return port;
    }

    /** Stops Kamailio (SIGTERM to its main process, which stops the others) and removes its files. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> all = handle.descendants().toList();
        handle.destroy(); // timeout passes the SIGTERM on to kamailio's main process
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    @Override
    public String toString() {
        return "Kamailio on 127.0.0.1:" + port;
    }
}
