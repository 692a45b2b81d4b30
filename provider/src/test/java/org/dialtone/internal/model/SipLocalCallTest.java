package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.failed;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.CallCompletion;
import org.dialtone.ext.Extension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call between two users of the same sip provider never leaves it: the called user's terminal
 * rings at once and the application answers it, with the sequence of the same call on sim
 * (see {@link TwoPartyCallTest}).
 */
class SipLocalCallTest {
    private final SipLab lab = new SipLab("domain=127.0.0.1");
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    @Test
    void destinationThatIsNeitherAUserPartNorASipUriIsRefusedAsAnInvalidParty() throws Exception {
        for (String bad : new String[] {"two words", "sip:", "<sip:bob@host>", "tel:+15551234"}) {
            assertThatThrownBy(() -> lab.connect("alice", bad)).as(bad).isInstanceOf(InvalidPartyException.class)
                    .hasMessageContaining(bad);
        }
        assertThat(lab.provider.getCalls()).isNull();
    }

    @Test
    void userWhoDoesNotWantToBeDisturbedFailsTheCallAsOnSim() throws Exception {
        EventLog log = new EventLog();
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallObserver(log);
        lab.address("alice").addCallListener(log);
        ((CallControlTerminal) lab.terminal("bob")).setDoNotDisturb(true);

        Connection[] parts = lab.connect("alice", "bob");

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_DO_NOT_DISTURB);
        parts[0].disconnect();
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("alice", "bob"),
                failed("bob"), localHangsUp("alice", "bob")));
    }

    @Test
    void callCompletionAndHandoffAreNotOfferedOnSipAndSaySoWhileRedirectAndForwardingAre() throws Exception {
        Recorder ringing = new Recorder();
        lab.address("bob").addCallObserver(ringing);
        Connection[] parts = lab.connect("alice", "bob");
        ringing.await("CallCtlTermConnRingingEv bob");
        CallControlConnection atBob = (CallControlConnection) parts[1];
        CallControlAddress bob = (CallControlAddress) lab.address("bob");

        assertThatThrownBy(() -> ((CallCompletion) bob).getCompletionRequests())
                .isInstanceOf(MethodNotSupportedException.class);
        assertThat(describe(parts[1])).as("nothing changed").isEqualTo("bob ALERTING [bob RINGING]");
        assertThat(((CallControlConnectionCapabilities) atBob.getCapabilities()).canRedirect()).isTrue();
        assertThat(((CallControlAddressCapabilities) lab.provider.getAddressCapabilities()).canSetForwarding())
                .isTrue();
        assertThat(lab.provider.isSupported(Extension.CALL_COMPLETION)).isFalse();
        assertThat(lab.provider.isSupported(Extension.HANDOFF)).isFalse();
        assertThat(lab.provider.isSupported(Extension.DIGITS)).isTrue();
    }

    @Test
    void userCallsAnotherUserOfTheProviderWhoAnswers() throws Exception {
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        Connection[] parts = lab.connect("alice", "bob");
        observer.await("CallCtlTermConnRingingEv bob");

        parts[1].getTerminalConnections()[0].answer();
        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                "bob ESTABLISHED [bob TALKING]");
        parts[0].disconnect();

        List<String> expected = lines(connect("alice", "bob"), ringing("bob", "bob"), answered("bob", "bob"),
                "-- META_CALL_ENDING", disconnected("alice", "alice"), disconnected("bob", "bob"), invalid());
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
    }
}
