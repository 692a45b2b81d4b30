package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/**
 * Transfer: a consultation call and CallControlCall.transfer(Call), blind transfer(String), and the
 * transfer controller and enable settings. Phone a talks to b, consults c, and hands b over to c.
 */
@Area(value = "Transfer", covers = "CallControlCall.consult, transfer(Call), transfer(String), "
        + "set/getTransferController, set/getTransferEnable")
@Requires({Feature.CONNECT, Feature.ANSWER, Feature.CALL_CONTROL})
public class TransferTest extends TckTest {

    private EventLog log;
    private TwoPartyCall first;
    private CallControlCall consultation;
    private Connection[] consulted;
    private TerminalConnection third;

    /** a talks to b, then consults c (who answers if {@code answer}). */
    private void consultThirdParty(boolean answer) throws Exception {
        log = newLog();
        first = talk(a, b, log);
        consultation = (CallControlCall) provider.createCall();
        observe(consultation, log);
        consulted = consultation.consult(first.callerTc(), c.number());
        third = awaitTerminalConnection(log, consultation, c.terminal(), TermConnRingingEv.ID);
        if (answer) {
            third.answer();
            log.awaitObserved(consulted[1], ConnConnectedEv.ID);
        }
    }

    private CallControlCall firstCall() {
        return (CallControlCall) first.call();
    }

    @Test
    @Requires(Feature.CONSULT)
    void consultHoldsTheOriginalCallAndCallsTheThirdParty() throws Exception {
        consultThirdParty(false);

        assertCallControlState(first.callerTc(), CallControlTerminalConnection.HELD);
        assertCallState(consultation, Call.ACTIVE);
        assertThat(consulted).hasSize(2);
        assertThat(consulted[0].getAddress()).isEqualTo(a.address());
        assertThat(consulted[1].getAddress()).isEqualTo(c.address());
        assertCallControlState(first.calleeTc(), CallControlTerminalConnection.TALKING);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.TRANSFER})
    void transferJoinsTheOtherPartiesAndDropsTheController() throws Exception {
        consultThirdParty(true);

        firstCall().transfer(consultation);

        log.awaitObserved(consultation, CallInvalidEv.ID);
        assertCallState(consultation, Call.INVALID);
        assertCallControlState(first.callerTc(), CallControlTerminalConnection.DROPPED);
        assertCallState(first.call(), Call.ACTIVE);
        Connection atB = connectionAt(first.call(), b.address());
        Connection atC = connectionAt(first.call(), c.address());
        assertThat(atB).as("b's connection in the transferred call").isNotNull();
        assertThat(atC).as("c's connection in the transferred call").isNotNull();
        assertCallControlState(atB, CallControlConnection.ESTABLISHED);
        assertCallControlState(atC, CallControlConnection.ESTABLISHED);
        assertThat(connectionAt(first.call(), a.address())).as("the controller's connection after transfer").isNull();
    }

    @Test
    @Requires({Feature.CONSULT, Feature.TRANSFER})
    void transferIsHeardInsideTransferMetaEvents() throws Exception {
        consultThirdParty(true);

        firstCall().transfer(consultation);

        log.await("multiCallMetaTransferEnded", s -> s.name().equals("multiCallMetaTransferEnded"));
        assertThat(log.query().listener().where(s -> s.name().startsWith("multiCallMetaTransfer")).names())
                .containsExactly("multiCallMetaTransferStarted", "multiCallMetaTransferEnded");
    }

    @Test
    @Requires({Feature.CONSULT, Feature.TRANSFER})
    void transferToAnIdleCallIsRefusedAndChangesNothing() throws Exception {
        log = newLog();
        first = talk(a, b, log);
        Call idle = provider.createCall();

        assertRefusedWithOneOf(first.call(), () -> firstCall().transfer(idle),
                InvalidStateException.class, InvalidArgumentException.class);
        assertCallState(idle, Call.IDLE);
    }

    @Test
    @Requires(Feature.CONSULT)
    void consultingFromARingingTerminalIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall ringing = ring(a, b, newLog());
        CallControlCall other = (CallControlCall) provider.createCall();

        assertRefused(InvalidStateException.class, ringing.call(), () -> other.consult(ringing.calleeTc(), c.number()));
        assertCallState(other, Call.IDLE);
    }

    @Test
    @Requires(Feature.CONSULT)
    void consultingOnACallThatIsNotIdleIsRefused() throws Exception {
        consultThirdParty(false);

        assertRefused(InvalidStateException.class, consultation, () -> consultation.consult(first.callerTc(), c.number()));
    }

    @Test
    @Requires(Feature.BLIND_TRANSFER)
    void blindTransferSendsTheOtherPartyToTheNewAddress() throws Exception {
        log = newLog();
        first = talk(a, b, log);
        if (Feature.TRANSFER_SETTINGS.isDeclaredBy(provider, c.number())) {
            firstCall().setTransferController(first.callerTc());
        }

        Connection moved = firstCall().transfer(c.number());

        assertThat(moved.getAddress()).isEqualTo(c.address());
        awaitTerminalConnection(log, first.call(), c.terminal(), TermConnRingingEv.ID);
        log.awaitObserved(first.origin(), ConnDisconnectedEv.ID);
        assertConnectionState(first.origin(), Connection.DISCONNECTED);
        assertCallControlState(first.destination(), CallControlConnection.ESTABLISHED);
    }

    @Test
    @Requires(Feature.TRANSFER_SETTINGS)
    void theTransferControllerCanBeSetAndRead() throws Exception {
        first = talk(a, b, newLog());

        firstCall().setTransferController(first.callerTc());

        assertThat(firstCall().getTransferController()).isEqualTo(first.callerTc());
    }

    @Test
    @Requires(Feature.TRANSFER_SETTINGS)
    void transferEnableCanBeSwitchedOffAndOnWhileTheCallIsIdle() throws Exception {
        // the spec's pre-condition for setTransferEnable: the call is IDLE
        CallControlCall idle = (CallControlCall) provider.createCall();

        idle.setTransferEnable(false);
        assertThat(idle.getTransferEnable()).as("getTransferEnable() after setting false").isFalse();
        idle.setTransferEnable(true);
        assertThat(idle.getTransferEnable()).as("getTransferEnable() after setting true").isTrue();
    }

    @Test
    @Requires(Feature.TRANSFER_SETTINGS)
    void transferEnableOfAnActiveCallIsRefused() throws Exception {
        first = talk(a, b, newLog());
        boolean before = firstCall().getTransferEnable();

        assertRefused(InvalidStateException.class, first.call(), () -> firstCall().setTransferEnable(!before));
        assertThat(firstCall().getTransferEnable()).as("getTransferEnable() after the refusal").isEqualTo(before);
    }

    @Test
    @Requires({Feature.TRANSFER_SETTINGS, Feature.OFF_HOOK})
    void aTerminalConnectionOfAnotherCallCannotBeTheTransferController() throws Exception {
        first = talk(a, b, newLog());
        Connection elsewhere = ((CallControlCall) provider.createCall()).offHook(c.address(), c.terminal());
        TerminalConnection foreign = terminalConnectionAt(elsewhere, c.terminal());

        assertRefused(InvalidArgumentException.class, first.call(), () -> firstCall().setTransferController(foreign));
    }
}
