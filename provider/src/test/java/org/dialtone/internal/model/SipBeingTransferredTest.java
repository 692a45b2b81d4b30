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
import static org.dialtone.internal.model.Sequences.replaced;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Being transferred on sip: the far end of alice's call sends REFER (RFC 3515), or a new caller
 * comes in with Replaces (RFC 3891). Alice's call stays the same Call; the new party takes the
 * old one's place as the party that stays sees a transfer on sim ({@link TransferTest}): the old
 * far party DISCONNECTED and the new one ESTABLISHED under META_CALL_TRANSFERRING. A target that
 * fails leaves the call as it was, and the referrer hears the outcome by NOTIFY.
 */
class SipBeingTransferredTest {
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final List<Sipp> sipps = new ArrayList<>();
    private SipLab lab;

    @BeforeEach
    void sippIsThere() throws Exception {
        Sipp.assumeInstalled();
        lab = new SipLab("transport=udp");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        sipps.forEach(Sipp::close);
    }

    private Sipp server(String scenario, String... keys) throws Exception {
        Sipp sipp = Sipp.server(scenario, Sipp.freePort(), "udp", keys);
        sipps.add(sipp);
        return sipp;
    }

    private Sipp client(String scenario, String user, String... keys) throws Exception {
        Sipp sipp = Sipp.client(scenario, Sipp.freePort(), "udp", "127.0.0.1:" + lab.port, user, keys);
        sipps.add(sipp);
        return sipp;
    }

    private static String uri(String user, Sipp sipp) {
        return "sip:" + user + "@127.0.0.1:" + sipp.port();
    }

    /** The status lines of the sipfrag bodies of the NOTIFYs {@code sipp} received, in order. */
    private static List<String> notified(Sipp sipp) {
        List<String> lines = new ArrayList<>();
        // SIPp's trace: a "message received [n] bytes :" line, an empty line, then the message
        for (String received : sipp.messages().split("message received")) {
            int start = received.indexOf("NOTIFY sip:");
            int body = received.indexOf("\r\n\r\n", Math.max(start, 0));
            if (start >= 0 && start < 40 && body > 0) {
                lines.add(received.substring(body).strip().split("\r?\n")[0]);
            }
        }
        return lines;
    }

    /** alice calls the far end {@code far} (a SIPp UAS that transfers her) and it answers. */
    private Connection[] aliceTalksTo(String far) throws Exception {
        Connection[] parts = lab.connect("alice", far);
        observer.await("CallCtlConnEstablishedEv " + far);
        return parts;
    }

    @Test
    void farEndTransfersAliceToATargetWhoTakesItsPlaceInTheSameCall() throws Exception {
        Sipp target = server("uas-answer.xml");
        String to = uri("5550199", target);
        Sipp referrer = server("uas-answer-refers.xml", "refer_to", to);
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);
        Call call = parts[0].getCall();

        observer.await("CallCtlConnEstablishedEv " + to);

        assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", to + " ESTABLISHED");
        assertThat(describe(parts[1])).isEqualTo(far + " DISCONNECTED");
        assertThat(lab.provider.getCalls()).containsExactly(call);
        referrer.assertSucceeded(SIPP_DONE); // 202, NOTIFY 100 and 200, then our BYE
        assertThat(notified(referrer)).as(referrer.messages()).containsExactly("SIP/2.0 100 Trying", "SIP/2.0 200 OK");
        call.getConnections()[0].disconnect();
        List<String> heard = lines(connect("alice", far), reached(far), farAnswered(far), replaced(far, to),
                localHangsUp("alice", to));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        target.assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void aReplacesHeaderEmbeddedInReferToGoesIntoTheInviteToTheTarget() throws Exception {
        Sipp target = server("uas-answer-replaced.xml"); // expects Replaces: abc@127.0.0.9;to-tag=12;from-tag=34
        String to = uri("5550199", target);
        Sipp referrer = server("uas-answer-refers.xml", "refer_to",
                to + "?Replaces=abc%40127.0.0.9%3Bto-tag%3D12%3Bfrom-tag%3D34");
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);

        observer.await("CallCtlConnEstablishedEv " + to);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                to + " ESTABLISHED");
        referrer.assertSucceeded(SIPP_DONE);
        assertThat(notified(referrer)).as(referrer.messages()).containsExactly("SIP/2.0 100 Trying", "SIP/2.0 200 OK");
        parts[0].disconnect();
        target.assertSucceeded(SIPP_DONE); // it checked the INVITE's Replaces header
        lab.awaitNothingHeld();
    }

    @Test
    void aBusyTargetLeavesTheCallAsItWasAndTheReferrerHearsTheBusy() throws Exception {
        Sipp target = server("uas-busy.xml");
        Sipp referrer = server("uas-answer-refers.xml", "refer_to", uri("5550199", target));
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);

        referrer.awaitReceived("NOTIFY", 2, SIPP_DONE);

        assertThat(notified(referrer)).as(referrer.messages()).containsExactly("SIP/2.0 100 Trying", "SIP/2.0 486 Busy Here");
        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                far + " ESTABLISHED");
        target.assertSucceeded(SIPP_DONE);
        parts[0].disconnect();
        List<String> heard = lines(connect("alice", far), reached(far), farAnswered(far), localHangsUp("alice", far));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        referrer.assertSucceeded(SIPP_DONE); // alice's BYE, not ours
        lab.awaitNothingHeld();
    }

    @Test
    void aReferrerThatHangsUpBeforeTheTargetAnswersIsStillReplacedByIt() throws Exception {
        Sipp target = server("uas-answer-slowly.xml");
        String to = uri("5550199", target);
        Sipp referrer = server("uas-answer-refers-leaves.xml", "refer_to", to);
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);

        referrer.assertSucceeded(SIPP_DONE); // 202, NOTIFY 100, its BYE answered
        observer.await("CallCtlConnEstablishedEv " + to);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                to + " ESTABLISHED");
        parts[0].disconnect();
        List<String> heard = lines(connect("alice", far), reached(far), farAnswered(far), replaced(far, to),
                localHangsUp("alice", to));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        target.assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void aReferrerThatHangsUpBeforeTheTargetRefusesEndsTheCallOnlyThen() throws Exception {
        Sipp target = server("uas-busy-slowly.xml");
        Sipp referrer = server("uas-answer-refers-leaves.xml", "refer_to", uri("5550199", target));
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);

        referrer.assertSucceeded(SIPP_DONE);
        assertThat(describe(parts[0].getCall())).as("the far end's BYE waits for the transfer's outcome")
                .containsExactly("alice ESTABLISHED [alice TALKING]", far + " ESTABLISHED");
        target.assertSucceeded(SIPP_DONE);

        List<String> heard = lines(connect("alice", far), reached(far), farAnswered(far), farHangsUp("alice", far));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(describe(parts[1])).isEqualTo(far + " DISCONNECTED");
        lab.awaitNothingHeld();
    }

    @Test
    void referWithoutAUsableReferToIsRefusedWith400AndChangesNothing() throws Exception {
        Sipp referrer = server("uas-answer-refers-badly.xml");
        String far = uri("far", referrer);
        Connection[] parts = aliceTalksTo(far);

        referrer.awaitReceived("SIP/2.0 400", 2, SIPP_DONE);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                far + " ESTABLISHED");
        parts[0].disconnect();
        List<String> heard = lines(connect("alice", far), reached(far), farAnswered(far), localHangsUp("alice", far));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        referrer.assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void referOutsideADialogIsRefusedAndChangesNothing() throws Exception {
        Sipp stranger = client("uac-refers-out-of-dialog.xml", "alice");

        stranger.assertSucceeded(SIPP_DONE); // 405 outside any dialog, 481 for a dialog we do not have

        assertThat(lab.provider.getCalls()).isNull();
        assertThat(observer.lines()).isEmpty();
        lab.awaitNothingHeld();
    }

    @Test
    void anInviteWithReplacesTakesTheFarCallersPlaceAnsweredAtOnce() throws Exception {
        Sipp first = client("uac-calls-until-bye.xml", "alice");
        String caller = uri("sipp", first);
        observer.await("CallCtlTermConnRingingEv alice");
        Call call = lab.provider.getCalls()[0];
        call.getConnections()[1].getTerminalConnections()[0].answer();
        first.awaitSent("ACK ", 1, SIPP_DONE); // the dialog is confirmed once we have the ACK
        String replaces = dialogOf(first.messages());

        Sipp second = client("uac-calls-replacing.xml", "alice", "replaces", replaces);
        String newCaller = uri("sipp", second);
        observer.await("CallCtlConnEstablishedEv " + newCaller);

        assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", newCaller + " ESTABLISHED");
        first.assertSucceeded(SIPP_DONE); // our BYE ended the replaced dialog
        call.getConnections()[0].disconnect();
        List<String> heard = lines(incoming(caller, "alice"), ringing("alice", "alice"), answered("alice", "alice"),
                replaced(caller, newCaller), localHangsUp("alice", newCaller));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        second.assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void anInviteWithReplacesNamingNoConfirmedDialogIsRefusedWith481() throws Exception {
        Sipp first = client("uac-calls-until-bye.xml", "alice");
        observer.await("CallCtlTermConnRingingEv alice");
        Call call = lab.provider.getCalls()[0];
        // the call still rings: its dialog is early, which an INVITE cannot take
        first.awaitReceived("SIP/2.0 180", 1, SIPP_DONE);
        String early = dialogOf(first.messages());
        Sipp second = client("uac-replaces-nothing.xml", "alice", "replaces", early);
        second.assertSucceeded(SIPP_DONE);
        Sipp third = client("uac-replaces-nothing.xml", "alice", "replaces", "nosuchcall;to-tag=1;from-tag=2");
        third.assertSucceeded(SIPP_DONE);

        assertThat(lab.provider.getCalls()).containsExactly(call);
        assertThat(describe(call)).containsExactly(uri("sipp", first) + " ESTABLISHED", "alice ALERTING [alice RINGING]");
        call.getConnections()[1].getTerminalConnections()[0].answer();
        call.getConnections()[1].disconnect();
        first.assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void aSecondDialtoneProviderTransfersAliceBlindAndHerCallGoesOnWithTheTarget() throws Exception {
        Sipp target = server("uas-answer.xml");
        String to = uri("5550199", target);
        try (SipLab other = new SipLab("transport=udp", "users=carol")) {
            // carol calls alice: once carol's side sees the answer, its dialog is confirmed (ACK sent)
            Recorder carol = new Recorder();
            other.address("carol").addCallObserver(carol);
            String alice = "sip:alice@127.0.0.1:" + lab.port;
            Connection[] carolsParts = other.connect("carol", alice);
            observer.await("CallCtlTermConnRingingEv alice");
            Call call = lab.provider.getCalls()[0];
            call.getConnections()[1].getTerminalConnections()[0].answer();
            carol.await("CallCtlConnEstablishedEv " + alice);

            Connection moved = ((CallControlCall) carolsParts[0].getCall()).transfer(to); // REFER, done at NOTIFY 200

            assertThat(moved.getAddress().getName()).isEqualTo(to);
            observer.await("CallCtlConnEstablishedEv " + to);
            assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", to + " ESTABLISHED");
            other.awaitNothingHeld(); // the transferor left: both its dialogs are over
            call.getConnections()[0].disconnect();
            List<String> heard = lines(incoming("carol", "alice"), ringing("alice", "alice"),
                    answered("alice", "alice"), replaced("carol", to), localHangsUp("alice", to));
            assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
            assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
            target.assertSucceeded(SIPP_DONE);
            lab.awaitNothingHeld();
        }
    }

    @Test
    void aSecondDialtoneProviderTransfersAliceToItsConsultationAndTheTargetTakesHerCallWithReplaces()
            throws Exception {
        // one SIPp plays the target twice: the consultation from carol, then alice's INVITE with Replaces
        Sipp target = Sipp.server("uas-answer.xml", Sipp.freePort(), "udp", 2);
        sipps.add(target);
        String to = uri("5550199", target);
        // the Refer-To names the device that holds carol's consultation dialog, its Contact (RFC 5589
        // section 7): alice knows her new far party by that
        String contact = "sip:far@127.0.0.1:" + target.port() + ";transport=UDP";
        try (SipLab other = new SipLab("transport=udp", "users=carol")) {
            Recorder carol = new Recorder();
            other.address("carol").addCallObserver(carol);
            String alice = "sip:alice@127.0.0.1:" + lab.port;
            Connection[] carolsParts = other.connect("carol", alice);
            observer.await("CallCtlTermConnRingingEv alice");
            Call call = lab.provider.getCalls()[0];
            call.getConnections()[1].getTerminalConnections()[0].answer();
            carol.await("CallCtlConnEstablishedEv " + alice);
            CallControlCall first = (CallControlCall) carolsParts[0].getCall();
            CallControlCall consultation = (CallControlCall) other.provider.createCall();
            consultation.consult((javax.telephony.callcontrol.CallControlTerminalConnection)
                    carolsParts[0].getTerminalConnections()[0], to);
            carol.await("CallCtlConnEstablishedEv " + to);

            first.transfer(consultation); // REFER with Replaces to alice; done once our NOTIFY says 200

            observer.await("CallCtlConnEstablishedEv " + contact);
            assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", contact + " ESTABLISHED");
            other.awaitNothingHeld(); // carol left both dialogs
            call.getConnections()[0].disconnect();
            List<String> heard = lines(incoming("carol", "alice"), ringing("alice", "alice"),
                    answered("alice", "alice"), replaced("carol", contact), localHangsUp("alice", contact));
            assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
            assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
            target.assertSucceeded(SIPP_DONE);
            assertThat(target.messages()).as("alice's INVITE names carol's consultation dialog")
                    .containsPattern("(?m)^Replaces: *\\S+;to-tag=\\S+;from-tag=\\S+");
            lab.awaitNothingHeld();
        }
    }

    /**
     * The Replaces value naming the dialog of the first call SIPp {@code messages} show (its
     * INVITE's Call-ID and From tag, our tag from the To of our response): RFC 3891 names our
     * tag to-tag and the far end's from-tag.
     */
    private static String dialogOf(String messages) {
        Matcher callId = Pattern.compile("(?m)^Call-ID: *(\\S+)").matcher(messages);
        Matcher fromTag = Pattern.compile("(?m)^From: .*;tag=([^;\\s]+)").matcher(messages);
        Matcher toTag = Pattern.compile("(?m)^To: .*;tag=([^;\\s]+)").matcher(messages);
        assertThat(callId.find() && fromTag.find()).as("SIPp sent an INVITE").isTrue();
        String ours = toTag.find() ? toTag.group(1) : "none";
        return callId.group(1) + ";to-tag=" + ours + ";from-tag=" + fromTag.group(1);
    }
}
