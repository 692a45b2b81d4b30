package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
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
