package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Glare on sip (RFC 3261 section 14.1): a hold whose re-INVITE the far end answers 491 Request
 * Pending goes again after a random wait (2.1 to 4 s here: we sent the INVITE, so we own the
 * Call-ID), and the
 * application sees the same hold as without glare (see {@link SipHoldTest}).
 */
class SipGlareTest {
    private static final String FAR = "5550100";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private Sipp sipp;
    private SipLab lab;

    @BeforeEach
    void sippIsThere() {
        Sipp.assumeInstalled();
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        if (sipp != null) {
            sipp.close();
        }
    }

    @Test
    void holdAnswered491IsRetriedAndEndsAsAHoldWithoutGlare() throws Exception {
        sipp = Sipp.server("uas-answer-hold-glare.xml", Sipp.freePort(), "udp");
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        Connection[] parts = lab.connect("alice", FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        CallControlTerminalConnection alice = (CallControlTerminalConnection) parts[0].getTerminalConnections()[0];

        alice.hold();

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice HELD]",
                FAR + " ESTABLISHED");
        // the call's ACK, the stack's ACK of the 491, then ours of the retry's 200 (2.1 to 4 s later)
        sipp.awaitReceived("ACK ", 3, SIPP_DONE);
        assertThat(describe(alice)).isEqualTo("alice HELD");
        parts[0].disconnect();
        List<String> expected = lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), held("alice", true),
                localHangsUp("alice", FAR));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // both re-INVITEs offered sendonly
    }
}
