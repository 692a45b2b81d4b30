package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;

import java.time.Duration;
import javax.telephony.Provider;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broken SIP (a Content-Length longer than the body or not a number, no Call-ID, noise that is
 * not SIP, an INVITE whose SDP is garbage) is answered or dropped: no call appears, the garbage
 * offer is refused with 488, and the provider goes on to serve the next call as usual.
 */
class SipMalformedInputTest {
    private final Recorder observer = new Recorder();
    private SipLab lab;

    @BeforeEach
    void start() throws Exception {
        Sipp.assumeInstalled();
        lab = new SipLab("domain=127.0.0.1");
        lab.address("alice").addCallObserver(observer);
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    @Test
    void brokenMessagesAreAnsweredOrDroppedAndTheNextCallIsServed() throws Exception {
        try (Sipp noise = Sipp.client("uac-malformed.xml", Sipp.freePort(), "udp", "127.0.0.1:" + lab.port, "alice")) {
            noise.assertSucceeded(Duration.ofSeconds(10)); // the garbage offer got its 488
        }
        assertThat(lab.provider.getState()).isEqualTo(Provider.IN_SERVICE);
        lab.awaitNothingHeld();

        int port = Sipp.freePort();
        String caller = "sip:sipp@127.0.0.1:" + port;
        try (Sipp call = Sipp.client("uac-calls.xml", port, "udp", "127.0.0.1:" + lab.port, "alice")) {
            observer.await("CallCtlTermConnRingingEv alice");
            lab.provider.getCalls()[0].getConnections()[1].getTerminalConnections()[0].answer();

            assertThat(observer.await("CallObservationEndedEv")).as("only the good call was seen")
                    .containsExactlyElementsOf(lines(incoming(caller, "alice"), ringing("alice", "alice"),
                            answered("alice", "alice"), farHangsUp("alice", caller)));
            call.assertSucceeded(Duration.ofSeconds(10));
        }
        lab.awaitNothingHeld();
    }
}
