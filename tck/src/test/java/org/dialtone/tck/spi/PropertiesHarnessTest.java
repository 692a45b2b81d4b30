package org.dialtone.tck.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesHarnessTest {
    private static final Path DIR = Path.of("/lab");

    private static PropertiesHarness of(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return PropertiesHarness.of("lab.properties", p, DIR);
    }

    @Test
    void theRequiredKeysDescribeTheProviderAndItsLines() {
        PropertiesHarness h = of("peer", "com.example.Peer", "provider", "pbx;login=x",
                "addresses", "2001, 2002 2003:desk-2003");

        assertThat(h.peerClassName()).isEqualTo("com.example.Peer");
        assertThat(h.providerString()).isEqualTo("pbx;login=x");
        assertThat(h.lines()).containsExactly(Line.of("2001"), Line.of("2002"), new Line("2003", "desk-2003"));
        assertThat(h.externalNumber()).isEmpty();
        assertThat(h.eventTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(h.farEnd(null)).isEmpty();
        assertThat(h.parkAddress()).isEmpty();
    }

    @Test
    void theOptionalKeysAreReadAndTheDirectoryIsSubstituted() {
        PropertiesHarness h = of("peer", "P", "provider", "sim;config=${harness.dir}/lab.plan",
                "addresses", "1 2 3", "external", "555", "route-point", "4000", "shared-line", "2003",
                "shared-line.terminals", "desk, soft", "timeout", "2500ms", "classpath", "lib/a.jar,lib/b.jar",
                "pickup-group", "sales", "park-address", "7001");

        assertThat(h.providerString()).isEqualTo("sim;config=" + DIR.toAbsolutePath() + "/lab.plan");
        assertThat(h.externalNumber()).contains("555");
        assertThat(h.routePoint()).contains("4000");
        assertThat(h.sharedLine()).contains(new SharedLine("2003", List.of("desk", "soft")));
        assertThat(h.eventTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(h.classpath()).containsExactly(DIR.resolve("lib/a.jar"), DIR.resolve("lib/b.jar"));
        assertThat(h.pickupGroup()).contains("sales");
        assertThat(h.parkAddress()).contains("7001");
    }

    @Test
    void fewerThanThreeLinesAreRefused() {
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1, 2"))
                .isInstanceOf(HarnessException.class).hasMessage(
                        "lab.properties: addresses: the kit needs at least three local addresses, got 2");
    }

    @Test
    void aMissingOrUnknownKeyIsNamed() {
        assertThatThrownBy(() -> of("provider", "x", "addresses", "1 2 3"))
                .hasMessage("lab.properties: the key 'peer' is missing or empty");
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1 2 3", "extrenal", "5"))
                .hasMessageContaining("unknown key(s) [extrenal]");
    }

    @Test
    void aSharedLineNeedsItsTerminalsAndTwoOfThem() {
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1 2 3", "shared-line", "9"))
                .hasMessageContaining("shared-line and shared-line.terminals go together");
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1 2 3", "shared-line", "9",
                "shared-line.terminals", "t, t")).hasMessageContaining("two distinct terminals");
    }

    @Test
    void aBadTimeoutOrARepeatedAddressIsRefused() {
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1 2 3", "timeout", "soon"))
                .hasMessageContaining("timeout: 'soon' is not a positive duration");
        assertThatThrownBy(() -> of("peer", "P", "provider", "x", "addresses", "1 2 1"))
                .hasMessageContaining("repeats an address");
    }

    @Test
    void aFarEndFactoryThatIsNotOnTheClassPathIsNamed() {
        PropertiesHarness h = of("peer", "P", "provider", "x", "addresses", "1 2 3", "far-end", "com.example.Nope");

        assertThatThrownBy(() -> h.farEnd(null)).isInstanceOf(HarnessException.class)
                .hasMessage("lab.properties: far-end: class com.example.Nope is not on the class path");
    }
}
