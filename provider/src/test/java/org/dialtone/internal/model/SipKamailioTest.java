package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.sip.Kamailio;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Dialtone providers, one user each, register through Kamailio with digest authentication and
 * call each other through it (INVITE challenged with 407, record-routed ACK and BYE); a wrong
 * password is reported, not hidden.
 */
class SipKamailioTest {
    private Kamailio kamailio;
    private SipLab alice;
    private SipLab bob;

    @BeforeEach
    void startKamailio() throws Exception {
        Kamailio.assumeInstalled();
        kamailio = Kamailio.start(Sipp.freePort());
    }

    @AfterEach
    void shutDown() {
        for (SipLab lab : new SipLab[] {alice, bob}) {
            if (lab != null) {
                lab.close();
            }
        }
        kamailio.close();
    }

    private SipLab user(String credentials) {
        return new SipLab("registrar=127.0.0.1:" + kamailio.port(), "users=" + credentials);
    }

    @Test
    void twoUsersRegisterThroughKamailioAndCallEachOther() throws Exception {
        alice = user("alice:alicepw");
        bob = user("bob:bobpw");
        assertThat(alice.provider.getState()).isEqualTo(Provider.IN_SERVICE);
        assertThat(alice.backend().outOfService("alice")).as("alice's registration").isEmpty();
        assertThat(bob.backend().outOfService("bob")).as("bob's registration").isEmpty();
        Recorder aliceSide = new Recorder();
        Recorder aliceListener = new Recorder();
        Recorder bobSide = new Recorder();
        Recorder bobListener = new Recorder();
        alice.address("alice").addCallObserver(aliceSide);
        alice.address("alice").addCallListener(aliceListener);
        bob.address("bob").addCallObserver(bobSide);
        bob.address("bob").addCallListener(bobListener);

        Connection[] parts = alice.connect("alice", "bob");
        bobSide.await("CallCtlTermConnRingingEv bob");
        aliceSide.await("CallCtlConnNetworkAlertingEv bob");
        bob.provider.getCalls()[0].getConnections()[1].getTerminalConnections()[0].answer();
        aliceSide.await("CallCtlConnEstablishedEv bob");
        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                "bob ESTABLISHED");
        parts[0].disconnect();

        String aliceUri = "sip:alice@127.0.0.1:" + kamailio.port();
        List<String> atAlice = lines(connect("alice", "bob"), reached("bob"), farAnswered("bob"),
                localHangsUp("alice", "bob"));
        List<String> atBob = lines(incoming(aliceUri, "bob"), ringing("bob", "bob"), answered("bob", "bob"),
                farHangsUp("bob", aliceUri));
        assertThat(aliceSide.await("CallObservationEndedEv")).containsExactlyElementsOf(atAlice);
        assertThat(aliceListener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(atAlice));
        assertThat(bobSide.await("CallObservationEndedEv")).containsExactlyElementsOf(atBob);
        assertThat(bobListener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(atBob));
        alice.awaitNothingHeld();
        bob.awaitNothingHeld();
    }

    @Test
    void wrongPasswordIsReportedAndOnlyThatUserIsOutOfService() throws Exception {
        alice = user("alice:not-alices");

        assertThat(alice.provider.getState()).isEqualTo(Provider.IN_SERVICE);
        assertThat(alice.backend().outOfService("alice")).hasValueSatisfying(cause ->
                assertThat(cause).contains("wrong password"));

        EventLog log = new EventLog();
        alice.address("alice").addCallObserver(log);
        alice.address("alice").addCallListener(log);
        alice.connect("alice", "bob");
        log.assertFailedWith(Ev.CAUSE_NETWORK_NOT_OBTAINABLE, Ev.CAUSE_NETWORK_NOT_OBTAINABLE);
    }
}
