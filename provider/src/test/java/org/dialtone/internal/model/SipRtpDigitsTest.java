package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.ext.Digits;
import org.dialtone.internal.backend.sip.RtpDigitsReceiver;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DTMF on sip when both session descriptions carry telephone-event: digits go and come as RFC 4733
 * events on RTP instead of SIP INFO (the INFO case is in {@link SipOutboundCallTest}).
 */
class SipRtpDigitsTest {
    private static final String FAR = "5550100";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);
    private static final String PCAP = "/usr/share/sip-tester/dtmf_2833_1.pcap";

    private final Recorder observer = new Recorder();
    private Sipp far;
    private SipLab lab;
    private RtpDigitsReceiver receiver;

    @BeforeEach
    void sippIsThere() {
        Sipp.assumeInstalled();
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        if (far != null) {
            far.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private Connection[] answeredCall(String scenario, String... keys) throws Exception {
        far = Sipp.server(scenario, Sipp.freePort(), "udp", keys);
        lab = new SipLab(far.port());
        lab.address("alice").addCallObserver(observer);
        Connection[] parts = lab.connect("alice", FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        return parts;
    }

    @Test
    void farEndsRtpEventIsReportedOnceAsADigitsEvent() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of(PCAP)),
                "SIPp's DTMF capture is not installed");
        DigitsLog digits = new DigitsLog();
        Connection[] parts = answeredCall("uas-answer-plays-digit.xml");
        parts[0].getCall().addCallListener(digits);

        digits.await("digits " + FAR + " 1"); // the capture's three end packets make one digit

        parts[0].disconnect();
        far.assertSucceeded(SIPP_DONE);
        assertThat(digits.events()).hasSize(1);
        assertThat(digits.events().get(0).getConnection()).isSameAs(parts[1]);
    }

    @Test
    void digitsGoAsRtpEventsWithTheFarEndsPayloadTypeToItsMediaPort() throws Exception {
        receiver = new RtpDigitsReceiver(96);
        Connection[] parts = answeredCall("uas-answer-takes-rtp-digits.xml", "rtpport",
                String.valueOf(receiver.port()));

        ((Digits) parts[0].getTerminalConnections()[0]).sendDigits("12#");

        assertThat(receiver.awaitDigits(3, Duration.ofSeconds(5))).isEqualTo("12#");
        parts[0].disconnect();
        far.assertSucceeded(SIPP_DONE); // no INFO came
    }

    @Test
    void digitsFollowTheFarEndsMediaWhenItsReinviteMovesThem() throws Exception {
        receiver = new RtpDigitsReceiver(96);
        try (RtpDigitsReceiver moved = new RtpDigitsReceiver(97)) {
            DigitsLog digits = new DigitsLog();
            Connection[] parts = answeredCall("uas-answer-moves-rtp-digits.xml", "rtpport",
                    String.valueOf(receiver.port()), "rtpport2", String.valueOf(moved.port()));
            parts[0].getCall().addCallListener(digits);
            digits.await("digits " + FAR + " 5"); // the far end pressed it after its re-INVITE was ACKed

            ((Digits) parts[0].getTerminalConnections()[0]).sendDigits("34");

            // decoded as pt 97 on the new port: both the address and the payload type followed
            assertThat(moved.awaitDigits(2, Duration.ofSeconds(5))).isEqualTo("34");
            parts[0].disconnect();
            far.assertSucceeded(SIPP_DONE); // no INFO came
        }
    }

    @Test
    void digitsGoBackToInfoWhenTheFarEndsReinviteDropsTelephoneEvent() throws Exception {
        receiver = new RtpDigitsReceiver(96);
        DigitsLog digits = new DigitsLog();
        Connection[] parts = answeredCall("uas-answer-drops-rtp-digits.xml", "rtpport",
                String.valueOf(receiver.port()));
        parts[0].getCall().addCallListener(digits);
        digits.await("digits " + FAR + " 5");

        ((Digits) parts[0].getTerminalConnections()[0]).sendDigits("3");

        // the scenario takes the 3 as an INFO and only then the BYE
        parts[0].disconnect();
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void digitsFollowTheMediaOfTheAnswerToOurRetrieve() throws Exception {
        receiver = new RtpDigitsReceiver(96);
        try (RtpDigitsReceiver moved = new RtpDigitsReceiver(97)) {
            DigitsLog digits = new DigitsLog();
            Connection[] parts = answeredCall("uas-answer-retrieve-moves-rtp-digits.xml", "rtpport",
                    String.valueOf(receiver.port()), "rtpport2", String.valueOf(moved.port()));
            parts[0].getCall().addCallListener(digits);
            CallControlTerminalConnection alice = (CallControlTerminalConnection) parts[0].getTerminalConnections()[0];

            alice.hold();
            alice.unhold(); // its re-INVITE goes once the hold's is answered
            digits.await("digits " + FAR + " 5"); // the far end pressed it after the retrieve's 200 was ACKed

            ((Digits) alice).sendDigits("78");

            assertThat(moved.awaitDigits(2, Duration.ofSeconds(5))).isEqualTo("78");
            parts[0].disconnect();
            far.assertSucceeded(SIPP_DONE); // no INFO came
        }
    }
}
