package org.dialtone.tck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialtone.DialtonePeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against Dialtone's sim: reports written, and one-line errors for broken harnesses. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path harness(String... lines) throws IOException {
        Path file = dir.resolve("harness.properties");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private Path simHarness() throws IOException {
        return harness("peer=org.dialtone.DialtonePeer", "provider=sim", "addresses=1001, 1002, 1003",
                "external=5550100");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunAgainstSimWritesJUnitXmlAndTheReportAndPrintsTheTable() throws IOException {
        Path reports = dir.resolve("reports");

        int status = run("--out", reports.toString(), "--tests", "ProviderTest|HoldTest|DropTest",
                simHarness().toString());

        assertThat(err()).isEmpty();
        assertThat(Files.exists(reports.resolve(TckReport.TEXT))).isTrue();
        assertThat(Files.exists(reports.resolve(TckReport.MARKDOWN))).isTrue();
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("TEST-")
                    && n.endsWith(".xml"));
        }
        assertThat(out()).contains("Area", "Provider", "Hold", "Drop", "Total");
        assertThat(Files.readString(reports.resolve(TckReport.MARKDOWN))).contains("| Area | Tests | Passed |");
        assertThat(status).as("exit status; output:%n%s", out()).isIn(Main.OK, Main.FAILURES);
    }

    @Test
    void markdownOnTheTerminalOnRequest() throws IOException {
        run("--out", dir.resolve("r").toString(), "--tests", "HoldTest", "--markdown", simHarness().toString());

        assertThat(out()).startsWith("# JTAPI conformance kit").contains("|---|");
    }

    @Test
    void aWrongPeerClassIsOneLineAndStatusThree() throws IOException {
        Path file = harness("peer=com.example.NoSuchPeer", "provider=sim", "addresses=1001, 1002, 1003");

        int status = run("--out", dir.resolve("r").toString(), file.toString());

        assertThat(status).isEqualTo(Main.NO_PROVIDER);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).startsWith("dialtone-tck: cannot load the JTAPI peer com.example.NoSuchPeer")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(out()).isEmpty();
        assertThat(Files.exists(dir.resolve("r"))).as("no report for a run that did not start").isFalse();
    }

    @Test
    void aProviderStringThePeerRefusesIsOneLineAndStatusThree() throws IOException {
        Path file = harness("peer=org.dialtone.DialtonePeer", "provider=no-such-service",
                "addresses=1001, 1002, 1003");

        int status = run(file.toString());

        assertThat(status).isEqualTo(Main.NO_PROVIDER);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).startsWith("dialtone-tck: peer org.dialtone.DialtonePeer gives no provider for "
                + "'no-such-service'");
    }

    @Test
    void anAddressTheProviderDoesNotHaveIsOneLineAndStatusThree() throws IOException {
        Path file = harness("peer=org.dialtone.DialtonePeer", "provider=sim", "addresses=1001, 1002, 9999x");

        int status = run(file.toString());

        assertThat(status).isEqualTo(Main.NO_PROVIDER);
        assertThat(err()).contains("9999x").hasLineCount(1);
    }

    @Test
    void aHarnessFileWithoutPeerIsOneLineAndStatusTwo() throws IOException {
        Path file = harness("provider=sim", "addresses=1001, 1002, 1003");

        int status = run(file.toString());

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err()).contains("the key 'peer' is missing").hasLineCount(1);
    }

    @Test
    void aMisspelledHarnessKeyIsRefused() throws IOException {
        Path file = harness("peer=org.dialtone.DialtonePeer", "provider=sim", "adresses=1001, 1002, 1003");

        int status = run(file.toString());

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown key(s) [adresses]");
    }

    @Test
    void anUnknownOptionPrintsTheUsage() throws IOException {
        int status = run("--frobnicate", simHarness().toString());

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown option --frobnicate", "usage:");
    }

    @Test
    void aFarEndFactoryNamedInTheHarnessDrivesTheFarEnds() throws IOException {
        Path file = harness("peer=org.dialtone.DialtonePeer", "provider=sim", "addresses=1001, 1002, 1003",
                "external=5550100", "far-end=org.dialtone.tck.sim.SimFarEndFactory");

        int status = run("--out", dir.resolve("r").toString(), "--tests", "InboundTest|FailureTest", file.toString());

        assertThat(err()).isEmpty();
        assertThat(status).isEqualTo(Main.OK);
        assertThat(out()).contains("0 failed", "0 not supported, 0 skipped");
    }

    @Test
    void theProvidersJarsCanBeGivenOnTheCommandLine() throws Exception {
        List<String> jars = new ArrayList<>();
        jars.add(Path.of(DialtonePeer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        jars.add(Path.of(javax.telephony.JtapiPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());

        int status = run("--out", dir.resolve("r").toString(), "--tests", "ProviderEventsTest",
                "--classpath", String.join(File.pathSeparator, jars), simHarness().toString());

        assertThat(err()).isEmpty();
        assertThat(status).isEqualTo(Main.OK);
        assertThat(out()).contains("Provider events");
    }
}
