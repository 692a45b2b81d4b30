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
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Provider.shutdown with calls under way: every party hangs up and every subscriber is told. */
class ProviderShutdownTest {
    private final SimLab lab = new SimLab();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    @Test
    void shutdownEndsEveryLiveCallAndTellsItsObserversAndListeners() throws Exception {
        Recorder first = new Recorder();
        Recorder firstHeard = new Recorder();
        Recorder second = new Recorder();
        lab.address("1001").addCallObserver(first);
        lab.address("1001").addCallListener(firstHeard);
        lab.address("1003").addCallObserver(second);
        Connection[] answered = lab.connect("1001", "1002");
        first.await("CallCtlTermConnRingingEv 1002");
        answered[1].getTerminalConnections()[0].answer();
        Connection[] ringing = lab.connect("1003", "1004");
        second.await("CallCtlTermConnRingingEv 1004");

        lab.provider.shutdown();

        List<String> firstCall = lines(connect("1001", "1002"), ringing("1002", "1002"), answered("1002", "1002"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid());
        assertThat(first.await("CallObservationEndedEv")).containsExactlyElementsOf(firstCall);
        assertThat(firstHeard.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(firstCall));
        assertThat(second.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1003", "1004"),
                ringing("1004", "1004"), "-- META_CALL_ENDING", disconnected("1003", "1003"),
                disconnected("1004", "1004"), invalid()));
        for (Connection c : List.of(answered[0], answered[1], ringing[0], ringing[1])) {
            assertThat(describe(c)).endsWith(" DISCONNECTED");
        }
        assertThat(answered[0].getCall().getState()).isEqualTo(Call.INVALID);
        assertThat(ringing[0].getCall().getState()).isEqualTo(Call.INVALID);
        assertThat(lab.provider.getCalls()).isNull();
        assertThat(lab.clock.pending()).isZero();
    }

    @Test
    void shutdownTellsProviderAddressAndTerminalSubscribersTheirEventsEnded() throws Exception {
        Recorder providerObserver = new Recorder();
        Recorder providerListener = new Recorder();
        Recorder addressObserver = new Recorder();
        Recorder addressListener = new Recorder();
        Recorder terminalObserver = new Recorder();
        Recorder terminalListener = new Recorder();
        lab.provider.addObserver(providerObserver);
        lab.provider.addProviderListener(providerListener);
        lab.address("1001").addObserver(addressObserver);
        lab.address("1001").addAddressListener(addressListener);
        lab.terminal("1001").addObserver(terminalObserver);
        lab.terminal("1001").addTerminalListener(terminalListener);

        lab.provider.shutdown();

        assertThat(providerObserver.await("ProvObservationEndedEv"))
                .containsExactly("ProvInServiceEv", "ProvShutdownEv", "ProvObservationEndedEv");
        assertThat(providerListener.await("PROVIDER_EVENT_TRANSMISSION_ENDED"))
                .containsExactly("PROVIDER_IN_SERVICE", "PROVIDER_SHUTDOWN", "PROVIDER_EVENT_TRANSMISSION_ENDED");
        assertThat(addressObserver.await("AddrObservationEndedEv")).containsExactly("AddrObservationEndedEv");
        assertThat(addressListener.await("ADDRESS_EVENT_TRANSMISSION_ENDED"))
                .containsExactly("ADDRESS_EVENT_TRANSMISSION_ENDED");
        assertThat(terminalObserver.await("TermObservationEndedEv")).containsExactly("TermObservationEndedEv");
        assertThat(terminalListener.await("TERMINAL_EVENT_TRANSMISSION_ENDED"))
                .containsExactly("TERMINAL_EVENT_TRANSMISSION_ENDED");
        assertThat(lab.provider.getObservers()).isNull();
        assertThat(lab.provider.getProviderListeners()).isNull();
        assertThat(lab.address("1001").getObservers()).isNull();
        assertThat(lab.address("1001").getAddressListeners()).isNull();
        assertThat(lab.terminal("1001").getObservers()).isNull();
        assertThat(lab.terminal("1001").getTerminalListeners()).isNull();
    }

    @Test
    void shutdownStopsEveryThreadAndMayBeCalledAgain() throws Exception {
        Recorder providerObserver = new Recorder();
        lab.provider.addObserver(providerObserver);
        lab.connect("1001", "1002");

        lab.provider.shutdown();
        lab.provider.shutdown();

        assertThat(lab.provider.getState()).isEqualTo(Provider.SHUTDOWN);
        assertThat(lab.provider.isStopped()).isTrue();
        assertThat(providerObserver.lines()).as("told once, however often shut down")
                .containsExactly("ProvInServiceEv", "ProvShutdownEv", "ProvObservationEndedEv");
    }

    @Test
    void operationsAfterShutdownFailAndSayWhy() throws Exception {
        CallControlCall idle = lab.newCall();
        Connection[] live = lab.connect("1001", "1002");
        TerminalConnection caller = live[0].getTerminalConnections()[0];

        lab.provider.shutdown();

        assertThatThrownBy(lab.provider::createCall).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(lab.provider);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.PROVIDER_OBJECT);
            assertThat(e.getState()).isEqualTo(Provider.SHUTDOWN);
            assertThat(e.getMessage()).contains("SHUTDOWN", "not IN_SERVICE");
        });
        // Operations answer as the spec says for a provider that is not in service.
        assertThatThrownBy(() -> idle.connect(lab.terminal("1001"), lab.address("1001"), "1002"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(lab.provider);
                    assertThat(e.getState()).isEqualTo(Provider.SHUTDOWN);
                    assertThat(e.getMessage()).contains("shut down");
                });
        assertThatThrownBy(() -> idle.offHook(lab.address("1001"), lab.terminal("1001")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThatThrownBy(live[0]::disconnect).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(((CallControlConnection) live[1])::accept).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(caller::answer).isInstanceOf(InvalidStateException.class);
        // Subscribing has no InvalidStateException to throw: the provider is unavailable.
        assertThatThrownBy(() -> lab.provider.addObserver(new Recorder()))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThatThrownBy(() -> lab.address("1001").addCallObserver(new Recorder()))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertThat(describe(live[0])).isEqualTo("1001 DISCONNECTED");
    }

    @Test
    void removingSubscribersAfterShutdownIsQuietlyAccepted() throws Exception {
        Recorder recorder = new Recorder();
        lab.provider.addObserver(recorder);
        lab.address("1001").addCallObserver(recorder);

        lab.provider.shutdown();

        lab.provider.removeObserver(recorder);
        lab.address("1001").removeCallObserver(recorder);
        assertThat(recorder.lines()).containsExactly("ProvInServiceEv", "ProvShutdownEv", "ProvObservationEndedEv");
    }
}
