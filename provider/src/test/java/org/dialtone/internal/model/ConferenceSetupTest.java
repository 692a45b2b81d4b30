package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.joinedTalking;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.originate;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import org.dialtone.ext.ConferenceSetup;
import org.dialtone.ext.Extension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ext conference set-up: one step that holds the controller and places the consultation call,
 * which conference() then merges; and the calls related to a conference along the way.
 */
class ConferenceSetupTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private CallControlCall first;
    private Connection[] talking;
    private TerminalConnection controller;

    private static final List<String> FIRST_TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    @BeforeEach
    void talk() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        talking = lab.connect("1001", "1002");
        first = (CallControlCall) talking[0].getCall();
        observer.await("CallCtlTermConnRingingEv 1002");
        talking[1].getTerminalConnections()[0].answer();
        observer.await("CallCtlConnEstablishedEv 1002");
        controller = talking[0].getTerminalConnections()[0];
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private ConferenceSetup setup() {
        return (ConferenceSetup) first;
    }

    @Test
    void setupConferencePlacesTheConsultationAndConferenceMergesIt() throws Exception {
        assertThat(lab.provider.isSupported(Extension.CONFERENCE_SETUP)).isTrue();

        CallControlCall consultation = setup().setupConference(controller, "1003");

        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(consultation.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(first.getConferenceController()).isSameAs(controller);
        assertThat(consultation.getConferenceController())
                .isSameAs(consultation.getConnections()[0].getTerminalConnections()[0]);
        assertThat(setup().getConferenceRelatedCalls()).containsExactly(first, consultation);
        assertThat(((ConferenceSetup) consultation).getConferenceRelatedCalls()).containsExactly(first, consultation);

        consultation.getConnections()[1].getTerminalConnections()[0].answer();
        first.conference(consultation);

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]", "1003 ESTABLISHED [1003 TALKING]");
        assertThat(setup().getConferenceRelatedCalls()).containsExactly(first);
        assertThat(((ConferenceSetup) consultation).getConferenceRelatedCalls()).isNull();
        first.drop();
        List<String> expected = lines(FIRST_TALKING, held("1001", true), connect("1001", "1003"),
                ringing("1003", "1003"), answered("1003", "1003"), "-- META_CALL_MERGING",
                "CallCtlTermConnTalkingEv 1001", joinedTalking("1003", "1003"), disconnected("1001", "1001"),
                disconnected("1003", "1003"), "CallInvalidEv", "-- META_UNKNOWN", "CallObservationEndedEv",
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"),
                disconnected("1003", "1003"), invalid());
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", 2)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", 2))
                .containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void setupConferenceWithoutANumberLeavesTheConsultationToDial() throws Exception {
        CallControlCall consultation = setup().setupConference(controller);

        assertThat(describe(consultation)).containsExactly("1001 INITIATED [1001 TALKING]");
        ((CallControlConnection) consultation.getConnections()[0]).addToAddress("1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        assertThat(observer.lines()).containsSubsequence(lines(FIRST_TALKING, held("1001", true),
                "-- META_CALL_STARTING", originate("1001")));
    }

    @Test
    void aCallWithoutConsultationsIsRelatedToItselfAloneAndAnIdleOneToNone() throws Exception {
        assertThat(setup().getConferenceRelatedCalls()).containsExactly(first);
        assertThat(((ConferenceSetup) lab.newCall()).getConferenceRelatedCalls()).isNull();
        CallControlCall consultation = lab.newCall();
        consultation.consult(controller, "1003");
        assertThat(setup().getConferenceRelatedCalls()).as("a plain consult relates the calls too")
                .containsExactly(first, consultation);
        consultation.drop();
        assertThat(setup().getConferenceRelatedCalls()).containsExactly(first);
    }

    @Test
    void setupConferenceRefusalsChangeNothing() throws Exception {
        TerminalConnection other = talking[1].getTerminalConnections()[0];
        Connection elsewhere = lab.newCall().offHook(lab.address("1004"), lab.terminal("1004"));
        Call[] callsBefore = lab.provider.getCalls();

        assertThatThrownBy(() -> setup().setupConference(elsewhere.getTerminalConnections()[0], "1003"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("is not part of " + first);
        assertThatThrownBy(() -> setup().setupConference(null, "1003")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> setup().setupConference(controller, "abc")).isInstanceOf(InvalidPartyException.class);
        assertThatThrownBy(() -> setup().setupConference(controller, null)).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("needs a destination");
        assertThatThrownBy(() -> ((ConferenceSetup) lab.newCall()).setupConference(controller, "1003"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("needs an ACTIVE call");
        // 1002 talks in the call too, so it may set up a conference of its own; then it holds
        CallControlCall fromTheOtherSide = setup().setupConference(other, "1005");
        assertThatThrownBy(() -> setup().setupConference(other, "1003")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("HELD").hasMessageContaining("consult needs a TALKING terminal connection");

        assertThat(lab.provider.getCalls()).containsExactlyInAnyOrder(plus(callsBefore, fromTheOtherSide));
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 HELD]");
    }

    private static Call[] plus(Call[] before, Call added) {
        Call[] all = java.util.Arrays.copyOf(before, before.length + 1);
        all[before.length] = added;
        return all;
    }
}
