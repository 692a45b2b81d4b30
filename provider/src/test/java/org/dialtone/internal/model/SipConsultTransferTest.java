package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consultation and transfer to the consultation call on sip: consult holds the first call
 * (re-INVITE) and places a new one; {@code transfer(Call)} goes as REFER with Replaces to the
 * transferred party, and the model makes the transfer (the same events as on sim, see
 * {@link TransferTest}) only once the NOTIFY says the transferee reached the consulted party.
 * Dialtone then leaves both dialogs. A refused REFER leaves both calls as they were.
 */
class SipConsultTransferTest {
    private static final String FAR = "5550100";
    private static final String TARGET = "5550199";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder stays = new Recorder();
    private Sipp sipp;
    private SipLab lab;
    private CallControlCall first;
    private CallControlCall consultation;
    private Connection[] talking;
    private Connection[] consulted;

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

    private static final List<String> FIRST_TALKING = lines(connect("alice", FAR), reached(FAR), farAnswered(FAR));
    private static final List<String> CONSULTING = lines(held("alice", true), connect("alice", TARGET),
            reached(TARGET), farAnswered(TARGET));

    /** alice talks to FAR, then consults TARGET, who answers; SIPp plays both far ends. */
    private void consult(String scenario) throws Exception {
        sipp = Sipp.server(scenario, Sipp.freePort(), "udp", 2);
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        first = (CallControlCall) lab.provider.createCall();
        first.addObserver(stays);
        talking = first.connect(lab.terminal("alice"), lab.address("alice"), FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        consultation = (CallControlCall) lab.provider.createCall();
        consulted = consultation.consult((CallControlTerminalConnection) talking[0].getTerminalConnections()[0],
                TARGET);
        observer.await("CallCtlConnEstablishedEv " + TARGET);
    }

    @Test
    void transferGoesAsReferWithReplacesAndTheModelMovesThePartiesAsOnSim() throws Exception {
        consult("uas-consult-transferred.xml");

        first.transfer(consultation);

        assertThat(consultation.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(talking[0])).isEqualTo("alice DISCONNECTED");
        assertThat(describe(consulted[0])).isEqualTo("alice DISCONNECTED");
        // Both far parties now talk beyond the provider: Dialtone leaves both dialogs and the call ends.
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                held("alice", true), "-- META_CALL_TRANSFERRING", disconnected("alice", "alice"),
                "ConnCreatedEv " + TARGET, "ConnConnectedEv " + TARGET, "CallCtlConnEstablishedEv " + TARGET,
                "-- META_CALL_ENDING", disconnected(FAR), disconnected(TARGET), invalid()));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE);
        // The Refer-To names the target's Contact, the device holding the consultation dialog (RFC 5589
        // section 7), not its address-of-record, and that dialog's Call-ID (that of the INVITE to the target).
        String messages = sipp.messages();
        Matcher invite = Pattern.compile("INVITE sip:" + TARGET + "@[^\\n]*\\n(?:[^\\n]+\\n)*?Call-ID: *([^\\r\\n]+)",
                Pattern.CASE_INSENSITIVE).matcher(messages);
        assertThat(invite.find()).as("the consultation's INVITE in\n%s", messages).isTrue();
        String callId = invite.group(1).trim().replace("@", "%40");
        assertThat(messages).containsPattern("Refer-To: *<" + Pattern.quote("sip:far@127.0.0.1:" + sipp.port())
                + "[^?>]*\\?Replaces="
                + Pattern.quote(callId) + "%3Bto-tag%3D");
    }

    @Test
    void aTargetThatHangsUpTheReplacedDialogBeforeTheNotifyStillLeavesTheEventsAsOnSim() throws Exception {
        consult("uas-consult-target-hangs-up.xml");

        first.transfer(consultation);

        assertThat(consultation.getState()).isEqualTo(Call.INVALID);
        // The target's BYE waited for the NOTIFY: the consulted party never left half-way.
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                held("alice", true), "-- META_CALL_TRANSFERRING", disconnected("alice", "alice"),
                "ConnCreatedEv " + TARGET, "ConnConnectedEv " + TARGET, "CallCtlConnEstablishedEv " + TARGET,
                "-- META_CALL_ENDING", disconnected(FAR), disconnected(TARGET), invalid()));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // the target's BYE answered 200, and only our BYE to the transferee
    }

    @Test
    void aRefusedReferThrowsAndLeavesBothCallsAsTheyWere() throws Exception {
        refusedTransferLeavesBothCallsAsTheyWere("uas-consult-refuses-refer.xml"); // REFER answered 603
    }

    @Test
    void aFinalFailureInTheNotifyThrowsAndLeavesBothCallsAsTheyWere() throws Exception {
        refusedTransferLeavesBothCallsAsTheyWere("uas-consult-notify-fails.xml"); // 202, then sipfrag 486
    }

    @Test
    void aSubscriptionEndedWithNoFinalStatusThrowsAndLeavesBothCallsAsTheyWere() throws Exception {
        refusedTransferLeavesBothCallsAsTheyWere("uas-consult-notify-ends-early.xml"); // terminated, sipfrag 100
    }

    @Test
    void aTransfereeThatHangsUpBeforeTheFinalNotifyFailsTheTransferAndTheConsultationGoesOn() throws Exception {
        consult("uas-consult-transferee-hangs-up.xml"); // 202, NOTIFY 100, then BYE

        assertThatThrownBy(() -> first.transfer(consultation)).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("the transfer was refused");

        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                held("alice", true), Sequences.farHangsUp("alice", FAR)));
        assertThat(describe(consultation)).containsExactly("alice ESTABLISHED [alice TALKING]",
                TARGET + " ESTABLISHED");
        consulted[0].disconnect();
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE);
    }

    private void refusedTransferLeavesBothCallsAsTheyWere(String scenario) throws Exception {
        consult(scenario);

        assertThatThrownBy(() -> first.transfer(consultation)).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("the transfer was refused").hasMessageContaining("as they were");

        assertThat(describe(first)).containsExactly("alice ESTABLISHED [alice HELD]", FAR + " ESTABLISHED");
        assertThat(describe(consultation)).containsExactly("alice ESTABLISHED [alice TALKING]",
                TARGET + " ESTABLISHED");
        assertThat(observer.lines()).containsExactlyElementsOf(lines(FIRST_TALKING, CONSULTING));
        consulted[0].disconnect();
        talking[0].disconnect();
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                held("alice", true), Sequences.localHangsUp("alice", FAR)));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE);
    }
}
