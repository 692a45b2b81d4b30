package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import org.dialtone.DialtonePeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BasicCallTest {
    private final Provider provider = new DialtonePeer().getProvider("sim");

    @AfterEach
    void shutDown() {
        provider.shutdown();
    }

    @Test
    void answeredCallGivesTheObserverEverySateChangeInOrder() throws Exception {
        Recorder recorder = new Recorder();
        Address a1001 = provider.getAddress("1001");
        a1001.addCallObserver(recorder);
        Call call = provider.createCall();
        Connection[] parts = call.connect(provider.getTerminal("1001"), a1001, "1002");
        recorder.await("TermConnRingingEv 1002");
        TerminalConnection ringing = parts[1].getTerminalConnections()[0];
        ringing.answer();
        parts[0].disconnect();
        List<String> lines = recorder.await("CallObservationEndedEv");
        System.out.println(String.join("\n", lines));
        assertThat(call.getState()).isEqualTo(Call.INVALID);
    }
}
