package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SipConfigTest {

    private static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void onlyUsersAreNeededAndEverythingElseHasADefault() {
        SipConfig config = SipConfig.parse(values("users", "alice"));

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(5060);
        assertThat(config.transport()).isEqualTo(SipConfig.Transport.UDP);
        assertThat(config.users()).extracting(SipConfig.User::name).containsExactly("alice");
        assertThat(config.users().get(0).password()).isEmpty();
        assertThat(config.registrar()).isEmpty();
        assertThat(config.proxy()).isEmpty();
        assertThat(config.domain()).isEqualTo("127.0.0.1");
        assertThat(config.expires()).isEqualTo(Duration.ofHours(1));
        assertThat(config.noAnswer()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.forwardAfter()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void everyKeyIsRead() {
        SipConfig config = SipConfig.parse(values("host", "10.0.0.5", "port", "5070", "transport", "TCP",
                "users", "alice:s3cret, bob:p:w", "registrar", "pbx.example.com:5080", "proxy", "edge.example.com",
                "domain", "example.com", "expires", "600", "noanswer", "12",
                "forwardafter", "4"));

        assertThat(config.host()).isEqualTo("10.0.0.5");
        assertThat(config.port()).isEqualTo(5070);
        assertThat(config.transport()).isEqualTo(SipConfig.Transport.TCP);
        assertThat(config.users()).extracting(SipConfig.User::name).containsExactly("alice", "bob");
        assertThat(config.users().get(0).password()).contains("s3cret");
        assertThat(config.users().get(1).password()).as("a password may hold ':'").contains("p:w");
        assertThat(config.registrar()).hasValueSatisfying(r -> {
            assertThat(r.host()).isEqualTo("pbx.example.com");
            assertThat(r.port()).isEqualTo(5080);
        });
        assertThat(config.proxy()).hasValueSatisfying(p -> assertThat(p).hasToString("edge.example.com"));
        assertThat(config.domain()).isEqualTo("example.com");
        assertThat(config.expires()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.noAnswer()).isEqualTo(Duration.ofSeconds(12));
        assertThat(config.forwardAfter()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void registrarIsTheDefaultProxyAndDomain() {
        SipConfig config = SipConfig.parse(values("users", "alice", "registrar", "127.0.0.1:5070"));

        assertThat(config.proxy()).hasValueSatisfying(p -> assertThat(p).hasToString("127.0.0.1:5070"));
        assertThat(config.domain()).isEqualTo("127.0.0.1:5070");
    }

    @Test
    void ipv6HostsAreBracketedInUris() {
        SipConfig config = SipConfig.parse(values("users", "alice", "host", "::1", "registrar", "[::1]:5070"));

        assertThat(config.host()).isEqualTo("::1");
        assertThat(config.domain()).isEqualTo("[::1]:5070");
    }

    @Test
    void toStringNeverShowsAPassword() {
        assertThat(SipConfig.parse(values("users", "alice:s3cret,bob")).toString())
                .contains("alice:***").contains("bob").doesNotContain("s3cret");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(values("port", "5060"),
                        "sip key 'users' is missing: name the provider's users, e.g. users=alice:secret,bob:secret"),
                Arguments.of(values("users", "alice", "port", "0"), "sip key 'port': '0' is not a port (1 to 65535)"),
                Arguments.of(values("users", "alice", "port", "x"), "sip key 'port': 'x' is not a port (1 to 65535)"),
                Arguments.of(values("users", "alice", "transport", "sctp"), "sip key 'transport': 'sctp' is not udp or tcp"),
                Arguments.of(values("users", "alice", "transport", "tls"),
                        "sip key 'transport': tls is not supported yet; use udp or tcp"),
                Arguments.of(values("users", "alice", "host", "bad host"),
                        "sip key 'host': 'bad host' is not a host name or IP address"),
                Arguments.of(values("users", "alice,,bob"),
                        "sip key 'users' has an entry without a name; expected name[:password] separated by commas"),
                Arguments.of(values("users", "al ice"), "sip key 'users': 'al ice' is not a SIP user name"
                        + " (letters, digits and . _ ~ ! * ' ( ) + $ & = -)"),
                Arguments.of(values("users", "alice:"),
                        "sip key 'users': user 'alice' has an empty password; leave out the ':' for a user without one"),
                Arguments.of(values("users", "alice,alice:x"), "sip key 'users' names 'alice' twice"),
                Arguments.of(values("users", "alice", "registrar", "pbx:0"),
                        "sip key 'registrar': '0' is not a port (1 to 65535)"),
                Arguments.of(values("users", "alice", "proxy", "-pbx"), "sip key 'proxy': '-pbx' is not a host name or IP address"),
                Arguments.of(values("users", "alice", "expires", "0"),
                        "sip key 'expires': '0' is not a number of seconds from 1 to 86400"),
                Arguments.of(values("users", "alice", "noanswer", "soon"),
                        "sip key 'noanswer': 'soon' is not a number of seconds from 1 to 3600"),
                Arguments.of(values("users", "alice", "forwardafter", "0"),
                        "sip key 'forwardafter': '0' is not a number of seconds from 1 to 3600"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badValues")
    void badOrMissingValueIsRefusedNamingTheKey(Map<String, String> values, String message) {
        assertThatThrownBy(() -> SipConfig.parse(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
