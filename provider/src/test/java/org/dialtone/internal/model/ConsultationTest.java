package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.originate;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.Collections;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consultation calls: consult on an idle call puts the consulting terminal on hold in its call (a
 * progress batch), then starts the consultation from the same address and terminal (a starting
 * batch), either to a number or off hook for addToAddress. Refusals change neither call.
 */
class ConsultationTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private CallControlCall first;
    private Connection[] talking;
    private CallControlCall consultation;

    private static final List<String> FIRST_TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    @BeforeEach
    void talk() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        talking = lab.connect("1001", "1002");
        first = (CallControlCall) talking[0].getCall();
        observer.await("CallCtlTermConnRingingEv 1002");
        tc(talking[1]).answer();
        observer.await("CallCtlConnEstablishedEv 1002");
        consultation = lab.newCall();
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    /** Ends both calls (the consultation first, if it started) and checks all that 1001 heard. */
    private void endAndExpect(List<String> beforeEnd) throws Exception {
        List<String> expected = lines(beforeEnd);
        if (consultation.getState() == Call.ACTIVE) {
            List<String> parties = describe(consultation).stream().map(l -> l.substring(0, 4)).toList();
            consultation.drop();
            expected.add("-- META_CALL_ENDING");
            parties.forEach(a -> expected.addAll(disconnected(a, a)));
            expected.addAll(invalid());
        }
        first.drop();
        expected.addAll(lines("-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"),
                invalid()));
        int calls = Collections.frequency(expected, "CallObservationEndedEv");
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", calls)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", calls))
                .containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void consultHoldsTheTerminalThenCallsTheThirdParty() throws Exception {
        Connection[] consulted = consultation.consult(tc(talking[0]), "1003");

        assertThat(consulted).hasSize(2);
        assertThat(consulted[0].getAddress()).isSameAs(lab.address("1001"));
        assertThat(consulted[1].getAddress()).isSameAs(lab.address("1003"));
        assertThat(consultation.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.party("1002").isHeld()).isTrue();
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        assertThat(consultation.getCallingTerminal()).isSameAs(lab.terminal("1001"));
        endAndExpect(lines(FIRST_TALKING, held("1001", true), connect("1001", "1003"), ringing("1003", "1003")));
    }

    @Test
    void consultWithoutANumberLeavesTheOriginInitiatedForAddToAddress() throws Exception {
        CallControlConnection origin = (CallControlConnection) consultation.consult(tc(talking[0]));

        assertThat(describe(consultation)).containsExactly("1001 INITIATED [1001 TALKING]");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
        origin.addToAddress("1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        endAndExpect(lines(FIRST_TALKING, held("1001", true), "-- META_CALL_STARTING", originate("1001"),
                "-- META_CALL_PROGRESS", "CallCtlConnDialingEv 1001", "CallCtlConnEstablishedEv 1001",
                "ConnCreatedEv 1003", ringing("1003", "1003")));
    }

    @Test
    void afterAConsultationTheControllerReturnsToTheHeldCall() throws Exception {
        Connection[] consulted = consultation.consult(tc(talking[0]), "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        tc(consulted[1]).answer();
        consultation.drop();

        tc(talking[0]).unhold();

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.party("1002").isHeld()).isFalse();
        endAndExpect(lines(FIRST_TALKING, held("1001", true), connect("1001", "1003"), ringing("1003", "1003"),
                answered("1003", "1003"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1003", "1003"), invalid(), held("1001", false)));
    }

    @Test
    void aBusyConsultedPartyFailsTheConsultationAlone() throws Exception {
        lab.party("1003").willBeBusy();

        consultation.consult(tc(talking[0]), "1003");

        observer.await("CallCtlConnFailedEv 1003");
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1003 FAILED");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void consultingFromARingingTerminalIsRefusedAndChangesNothing() throws Exception {
        Recorder elsewhere = new Recorder();
        lab.address("1003").addCallObserver(elsewhere);
        Connection[] ringingCall = lab.connect("1003", "1004");
        elsewhere.await("CallCtlTermConnRingingEv 1004");
        TerminalConnection ringing = ringingCall[1].getTerminalConnections()[0];

        assertThatThrownBy(() -> consultation.consult(ringing, "1005"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(ringing);
                    assertThat(e.getMessage()).contains("RINGING", "consult needs a TALKING terminal connection");
                });
        assertThat(consultation.getState()).isEqualTo(Call.IDLE);
        assertThat(describe(ringingCall[0].getCall())).containsExactly("1003 ESTABLISHED [1003 TALKING]",
                "1004 ALERTING [1004 RINGING]");
        endAndExpect(FIRST_TALKING);
    }

    @Test
    void consultingOnACallThatIsNotIdleIsRefused() throws Exception {
        consultation.consult(tc(talking[0]), "1003");
        observer.await("CallCtlTermConnRingingEv 1003");

        assertThatThrownBy(() -> consultation.consult(tc(talking[1]), "1004"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(consultation);
                    assertThat(e.getMessage()).contains("ACTIVE", "consult needs an IDLE call");
                });
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
        endAndExpect(lines(FIRST_TALKING, held("1001", true), connect("1001", "1003"), ringing("1003", "1003")));
    }

    @Test
    void consultingABadNumberIsRefusedBeforeTheTerminalIsHeld() throws Exception {
        assertThatThrownBy(() -> consultation.consult(tc(talking[0]), "abc"))
                .isInstanceOfSatisfying(InvalidPartyException.class,
                        e -> assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY));

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(consultation.getState()).isEqualTo(Call.IDLE);
        endAndExpect(FIRST_TALKING);
    }

    @Test
    void consultingFromNoOrAForeignTerminalConnectionIsAnInvalidArgument() throws Exception {
        assertThatThrownBy(() -> consultation.consult(null, "1003")).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is null");
        try (SimLab other = new SimLab()) {
            Connection[] foreign = other.connect("1001", "1002");
            assertThatThrownBy(() -> consultation.consult(foreign[0].getTerminalConnections()[0]))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("is not a terminal connection of provider " + lab.provider.getName());
        }
        assertThat(consultation.getState()).isEqualTo(Call.IDLE);
        endAndExpect(FIRST_TALKING);
    }
}
