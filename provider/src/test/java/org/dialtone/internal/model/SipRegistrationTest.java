package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.failed;
import static org.dialtone.internal.model.Sequences.lines;

import java.time.Duration;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users register at a registrar (SIPp playing one that asks for digest authentication): the
 * provider comes into service once they have, the binding is refreshed before it expires and
 * removed when the provider shuts down; a wrong password takes only that user out of service, and
 * says so.
 */
class SipRegistrationTest {
    private Sipp registrar;
    private SipLab lab;

    @BeforeEach
    void startRegistrar() throws Exception {
        Sipp.assumeInstalled();
        registrar = Sipp.server("registrar.xml", Sipp.freePort(), "udp");
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        registrar.close();
    }

    @Test
    void userRegistersWithDigestAuthenticationRefreshesAndIsRemovedAtShutdown() throws Exception {
        lab = new SipLab("registrar=127.0.0.1:" + registrar.port(), "users=alice:alicepw", "expires=2");

        assertThat(lab.provider.getState()).isEqualTo(Provider.IN_SERVICE);
        assertThat(lab.backend().outOfService("alice")).isEmpty();
        registrar.awaitReceived("REGISTER sip:", 3, Duration.ofSeconds(5)); // challenged, answered, refreshed

        lab.close();
        lab = null;

        registrar.assertSucceeded(Duration.ofSeconds(5)); // the last REGISTER had Expires: 0
    }

    @Test
    void wrongPasswordTakesTheUserOutOfServiceWithTheReasonAndItsCallsFail() throws Exception {
        lab = new SipLab("registrar=127.0.0.1:" + registrar.port(), "users=alice:wrongpw");

        assertThat(lab.provider.getState()).as("the provider itself stays in service")
                .isEqualTo(Provider.IN_SERVICE);
        assertThat(lab.backend().outOfService("alice")).hasValueSatisfying(cause ->
                assertThat(cause).contains("403 Forbidden").contains("password"));
        registrar.assertSucceeded(Duration.ofSeconds(5));

        Recorder observer = new Recorder();
        EventLog log = new EventLog();
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallObserver(log);
        lab.address("alice").addCallListener(log);
        lab.connect("alice", "5550100");

        observer.await("CallCtlConnFailedEv 5550100");
        log.assertFailedWith(Ev.CAUSE_NETWORK_NOT_OBTAINABLE, Ev.CAUSE_NETWORK_NOT_OBTAINABLE);
        assertThat(observer.lines()).containsExactlyElementsOf(lines(connect("alice", "5550100"),
                failed("5550100")));
    }
}
