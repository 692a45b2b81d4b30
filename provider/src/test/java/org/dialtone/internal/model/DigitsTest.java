package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.SimLab.describe;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.events.Ev;
import org.dialtone.ext.Digits;
import org.dialtone.ext.DigitsEvent;
import org.dialtone.ext.Extension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DTMF digits in a call: sent from a talking terminal to the far party, and heard from it. */
class DigitsTest {
    private static final String FAR = "5550100";

    private final SimLab lab = new SimLab();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** 1001 calls the far number, which answers at once; returns 1001's terminal connection. */
    private TerminalConnection talkingToFar() throws Exception {
        lab.party(FAR).willAnswer();
        Recorder observer = new Recorder();
        lab.address("1001").addCallObserver(observer);
        Connection[] c = lab.connect("1001", FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        assertThat(describe(c[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " ESTABLISHED");
        return c[0].getTerminalConnections()[0];
    }

    /** 1001 calls 1002, whose user answers; returns the call once both talk. */
    private Call localCallAnswered(Recorder observer) throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] c = lab.connect("1001", "1002");
        lab.party("1002").answer();
        observer.await("CallCtlConnEstablishedEv 1002");
        return c[0].getCall();
    }

    @Test
    void digitsSentFromATalkingTerminalReachTheFarParty() throws Exception {
        Digits tc = (Digits) talkingToFar();

        tc.sendDigits("12#*AD");
        tc.sendDigits("0");

        assertThat(lab.party(FAR).receivedDigits()).isEqualTo("12#*AD0");
        assertThat(lab.party("1001").receivedDigits()).isEmpty();
    }

    @Test
    void aLocalPartyHearsDigitsFromTheOtherLocalParty() throws Exception {
        Call call = localCallAnswered(new Recorder());
        TerminalConnection at1002 = call.getConnections()[1].getTerminalConnections()[0];

        ((Digits) at1002).sendDigits("5");

        assertThat(lab.party("1001").receivedDigits()).isEqualTo("5");
        assertThat(lab.party("1002").receivedDigits()).isEmpty();
    }

    @Test
    void digitsNeedSomeoneConnectedToHearThem() throws Exception {
        Connection[] c = lab.connect("1001", FAR); // rings, never answered
        TerminalConnection talking = c[0].getTerminalConnections()[0];

        assertThatThrownBy(() -> ((Digits) talking).sendDigits("1")).isInstanceOf(InvalidStateException.class)
                .hasMessage(talking + " is TALKING; sendDigits needs another party of " + c[0].getCall()
                        + " connected to hear them");
        assertThat(lab.party(FAR).receivedDigits()).isEmpty();
        assertThat(describe(c[0])).isEqualTo("1001 ESTABLISHED [1001 TALKING]");
    }

    @Test
    void onlyATalkingTerminalConnectionSendsDigits() throws Exception {
        Recorder observer = new Recorder();
        lab.address("1002").addCallObserver(observer);
        Connection[] c = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        TerminalConnection ringing = c[1].getTerminalConnections()[0];

        assertThatThrownBy(() -> ((Digits) ringing).sendDigits("1")).isInstanceOf(InvalidStateException.class)
                .hasMessage(ringing + " is RINGING; sendDigits needs a TALKING terminal connection")
                .satisfies(e -> assertThat(((InvalidStateException) e).getObject()).isSameAs(ringing));
        c[0].disconnect();
        assertThatThrownBy(() -> ((Digits) ringing).sendDigits("1")).isInstanceOf(InvalidStateException.class)
                .hasMessage(ringing + " is DROPPED; sendDigits needs a TALKING terminal connection");
        assertThat(lab.party("1001").receivedDigits()).isEmpty();
        assertThat(lab.party("1002").receivedDigits()).isEmpty();
    }

    @Test
    void aShutDownProviderSendsNoDigits() throws Exception {
        Digits tc = (Digits) talkingToFar();
        lab.provider.shutdown();

        assertThatThrownBy(() -> tc.sendDigits("1")).isInstanceOf(InvalidStateException.class);
        assertThat(lab.party(FAR).receivedDigits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12x", "a", "1 2", "E", "+"})
    void onlyDtmfDigitsCanBeSent(String digits) throws Exception {
        Digits tc = (Digits) talkingToFar();

        assertThatThrownBy(() -> tc.sendDigits(digits)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining(digits.isEmpty() ? "needs at least one digit" : "not a DTMF digit (0123456789*#ABCD)");
        assertThat(lab.party(FAR).receivedDigits()).isEmpty();
    }

    @Test
    void nullDigitsAreRefused() throws Exception {
        Digits tc = (Digits) talkingToFar();

        assertThatThrownBy(() -> tc.sendDigits(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("sendDigits needs at least one digit, got null");
    }

    @Test
    void digitsTheFarPartySendsReachADigitsListenerOnTheAddress() throws Exception {
        DigitsLog log = new DigitsLog();
        lab.address("1001").addCallListener(log);
        Call call = talkingToFar().getConnection().getCall();

        lab.party(FAR).sendDigits("42#");

        log.await("digits " + FAR + " 42#");
        DigitsEvent event = log.events().get(0);
        assertThat(event.getDigits()).isEqualTo("42#");
        assertThat(event.getConnection()).isSameAs(call.getConnections()[1]);
        assertThat(event.getSource()).isSameAs(call.getConnections()[1]);
        assertThat(event.getCall()).isSameAs(call);
        assertThat(event.getID()).isEqualTo(DigitsEvent.DIGITS_RECEIVED);
        assertThat(event.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(event.getMetaEvent()).isNull();
    }

    @Test
    void digitsArriveInOrderWithTheCallsOtherEvents() throws Exception {
        DigitsLog log = new DigitsLog();
        Call call = talkingToFar().getConnection().getCall();
        call.addCallListener(log);

        lab.party(FAR).sendDigits("1");
        lab.party(FAR).sendDigits("2");
        call.getConnections()[0].disconnect();

        assertThat(log.await("ended")).containsExactly("digits " + FAR + " 1", "digits " + FAR + " 2", "ended");
    }

    @Test
    void digitsFromAPartyNotYetConnectedAreLost() throws Exception {
        DigitsLog log = new DigitsLog();
        Recorder observer = new Recorder();
        lab.address("1001").addCallListener(log);
        lab.address("1001").addCallObserver(observer);
        lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        lab.party("1002").sendDigits("1"); // still ringing: nobody hears it
        lab.party("1002").answer();
        lab.party("1002").sendDigits("2");

        assertThat(log.await("digits 1002 2")).containsExactly("digits 1002 2");
    }

    @Test
    void theProviderSaysItOffersDigits() {
        assertThat(lab.provider.isSupported(Extension.DIGITS)).isTrue();
    }
}
