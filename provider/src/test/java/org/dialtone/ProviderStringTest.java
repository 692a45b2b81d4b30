package org.dialtone;

import static javax.telephony.ProviderUnavailableException.CAUSE_INVALID_ARGUMENT;
import static javax.telephony.ProviderUnavailableException.CAUSE_INVALID_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Stream;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProviderStringTest {

    static Stream<Arguments> goodStrings() {
        return Stream.of(
                Arguments.of("sim", "sim", Map.of()),
                Arguments.of("sim;config=/path/plan.txt", "sim", Map.of("config", "/path/plan.txt")),
                Arguments.of("sim;name=lab", "sim", Map.of("name", "lab")),
                Arguments.of("sim;name=lab;config=/p", "sim", Map.of("name", "lab", "config", "/p")),
                Arguments.of("sip;host=127.0.0.1;port=5070", "sip", Map.of("host", "127.0.0.1", "port", "5070")),
                Arguments.of("  sim ; config = /my plans/a.txt ", "sim", Map.of("config", "/my plans/a.txt")),
                Arguments.of("sim;config=a=b", "sim", Map.of("config", "a=b")),
                Arguments.of("sim;login=alice;passwd=secret;appinfo=crm;loginID=7", "sim", Map.of()),
                Arguments.of("sim;LOGIN=alice;Passwd=;AppInfo=x;LOGINID=", "sim", Map.of()),
                Arguments.of("sip;login=alice;host=pbx", "sip", Map.of("host", "pbx")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodStrings")
    void goodStringGivesServiceAndValues(String text, String service, Map<String, String> values) {
        ProviderString parsed = ProviderString.parse(text);

        assertThat(parsed.service()).isEqualTo(service);
        assertThat(parsed.keys()).containsExactlyInAnyOrderElementsOf(values.keySet());
        values.forEach((key, value) -> assertThat(parsed.value(key)).contains(value));
    }

    static Stream<Arguments> badStrings() {
        return Stream.of(
                Arguments.of(null, CAUSE_INVALID_ARGUMENT,
                        "provider string is null; expected a service name ('sim' or 'sip')"
                                + " optionally followed by ;key=value pairs"),
                Arguments.of("", CAUSE_INVALID_ARGUMENT,
                        "provider string is empty; expected a service name ('sim' or 'sip')"
                                + " optionally followed by ;key=value pairs"),
                Arguments.of("   ", CAUSE_INVALID_ARGUMENT,
                        "provider string is empty; expected a service name ('sim' or 'sip')"
                                + " optionally followed by ;key=value pairs"),
                Arguments.of(";config=x", CAUSE_INVALID_ARGUMENT,
                        "provider string has no service name before the first ';'; expected a service name"
                                + " ('sim' or 'sip') optionally followed by ;key=value pairs"),
                Arguments.of("pbx", CAUSE_INVALID_SERVICE,
                        "unknown service 'pbx'; this provider offers 'sim' and 'sip'"),
                Arguments.of("SIM;config=x", CAUSE_INVALID_SERVICE,
                        "unknown service 'SIM'; this provider offers 'sim' and 'sip' (service names are lower case)"),
                Arguments.of("sim;config", CAUSE_INVALID_ARGUMENT,
                        "malformed parameter 'config' in provider string: expected key=value"),
                Arguments.of("sim;=x", CAUSE_INVALID_ARGUMENT,
                        "malformed parameter '=x' in provider string: the key is empty"),
                Arguments.of("sim;", CAUSE_INVALID_ARGUMENT,
                        "provider string has an empty parameter (a ';' with nothing after it, or two in a row)"),
                Arguments.of("sim;;name=a", CAUSE_INVALID_ARGUMENT,
                        "provider string has an empty parameter (a ';' with nothing after it, or two in a row)"),
                Arguments.of("sim;name=a;name=b", CAUSE_INVALID_ARGUMENT,
                        "key 'name' appears more than once in provider string"),
                Arguments.of("sim;login=a;Login=b", CAUSE_INVALID_ARGUMENT,
                        "key 'Login' appears more than once in provider string"),
                Arguments.of("sim;host=pbx", CAUSE_INVALID_ARGUMENT,
                        "unknown key 'host' for service 'sim'; known keys: config, name"),
                Arguments.of("sim;Config=x", CAUSE_INVALID_ARGUMENT,
                        "unknown key 'Config' for service 'sim'; known keys: config, name"),
                Arguments.of("sip;config=x", CAUSE_INVALID_ARGUMENT,
                        "unknown key 'config' for service 'sip'; known keys: domain, expires, forwardafter, host,"
                                + " noanswer, port, proxy, registrar, transport, users"),
                Arguments.of("sim;config=", CAUSE_INVALID_ARGUMENT,
                        "key 'config' has an empty value; leave the key out to use the default"),
                Arguments.of("sim;config=  ", CAUSE_INVALID_ARGUMENT,
                        "key 'config' has an empty value; leave the key out to use the default"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("badStrings")
    void badStringIsRejectedWithAMessageNamingTheFault(String text, int cause, String message) {
        ProviderUnavailableException thrown = parseFailure(text);

        assertThat(thrown).hasMessage(message);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("badStrings")
    void badStringIsRejectedWithTheCauseCodeForItsFault(String text, int cause, String message) {
        ProviderUnavailableException thrown = parseFailure(text);

        assertThat(thrown.getReason()).isEqualTo(cause);
    }

    @Test
    void unknownServiceIsReportedBeforeBadParameters() {
        ProviderUnavailableException thrown = parseFailure("pbx;;=");

        assertThat(thrown).hasMessageStartingWith("unknown service 'pbx'");
    }

    @Test
    void servicesListsSimAndSip() {
        assertThat(ProviderString.services()).containsExactly("sim", "sip");
    }

    @Test
    void valueOfAKeyNotGivenIsEmpty() {
        assertThat(ProviderString.parse("sim").value("config")).isEmpty();
    }

    @Test
    void credentialsAreNeitherKeysNorValues() {
        ProviderString parsed = ProviderString.parse("sim;login=alice;passwd=secret");

        assertThat(parsed.keys()).isEmpty();
        assertThat(parsed.value("login")).isEmpty();
        assertThat(parsed.value("passwd")).isEmpty();
    }

    @Test
    void keysKeepTheOrderGiven() {
        assertThat(ProviderString.parse("sim;name=lab;config=/p").keys()).containsExactly("name", "config");
        assertThat(ProviderString.parse("sim;config=/p;name=lab").keys()).containsExactly("config", "name");
    }

    @Test
    void toStringIsTrimmedAndMasksCredentialValues() {
        ProviderString parsed = ProviderString.parse(" sim ; login = alice ; config = /p ;Passwd=secret;appinfo=");

        assertThat(parsed).hasToString("sim;login=***;config=/p;Passwd=***;appinfo=***");
    }

    @Test
    void toStringMasksThePasswordsOfSipUsersButKeepsTheirNames() {
        ProviderString parsed = ProviderString.parse("sip;users=alice:secret1,bob,carol:a:b;port=5070");

        assertThat(parsed).hasToString("sip;users=alice:***,bob,carol:***;port=5070");
        assertThat(parsed.value("users")).contains("alice:secret1,bob,carol:a:b");
    }

    @Test
    void toStringOfAStringWithoutParametersIsTheServiceName() {
        assertThat(ProviderString.parse(" sip ")).hasToString("sip");
    }

    @Test
    void messagesNeverRepeatACredentialValue() {
        ProviderUnavailableException thrown = parseFailure("sim;passwd=hunter2;bogus");

        assertThat(thrown.getMessage()).doesNotContain("hunter2").contains("'bogus'");
    }

    @Test
    void stringsWithTheSameServiceAndParametersAreEqual() {
        ProviderString a = ProviderString.parse("sim;name=lab;config=/p");
        ProviderString b = ProviderString.parse(" sim;config=/p ;name=lab;login=x");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ProviderString.parse("sim;name=lab"));
        assertThat(ProviderString.parse("sim")).isNotEqualTo(ProviderString.parse("sip"));
    }

    private static ProviderUnavailableException parseFailure(String text) {
        ProviderUnavailableException thrown =
                catchThrowableOfType(ProviderUnavailableException.class, () -> ProviderString.parse(text));
        assertThat(thrown).as("ProviderUnavailableException for %s", text).isNotNull();
        return thrown;
    }
}
