package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sip.SipFactory;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

/** How Redirection reads the RFC 5806 Diversion headers an INVITE carries. */
class RedirectionTest {

    private static Request inviteWith(String... diversionLines) throws Exception {
        StringBuilder text = new StringBuilder("INVITE sip:alice@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1\r\n"
                + "From: <sip:caller@127.0.0.1>;tag=1\r\n"
                + "To: <sip:alice@127.0.0.1>\r\n"
                + "Call-ID: redirection-test\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Max-Forwards: 70\r\n");
        for (String line : diversionLines) {
            text.append("Diversion: ").append(line).append("\r\n");
        }
        text.append("Content-Length: 0\r\n\r\n");
        return SipFactory.getInstance().createMessageFactory().createRequest(text.toString());
    }

    @Test
    void theValuesAreReadFromTheHeadersAndAListInOneHeaderIsSplit() throws Exception {
        Request invite = inviteWith("<sip:bob@example.com>;reason=no-answer;counter=2",
                "\"Carol, Desk\" <sip:carol@example.com;transport=udp>;reason=unconditional, <tel:+15551234>");

        assertThat(Redirection.diversions(invite)).containsExactly(
                "<sip:bob@example.com>;reason=no-answer;counter=2",
                "\"Carol, Desk\" <sip:carol@example.com;transport=udp>;reason=unconditional",
                "<tel:+15551234>");
    }

    @Test
    void theDivertingUserIsFoundInSipSipsAndTelUris() {
        assertThat(Redirection.divertingUser("<sip:bob@example.com>;reason=deflection")).isEqualTo("bob");
        assertThat(Redirection.divertingUser("<SIPS:bob@example.com;transport=tls>;counter=1")).isEqualTo("bob");
        assertThat(Redirection.divertingUser("<tel:5551234;phone-context=example.com>")).isEqualTo("5551234");
        assertThat(Redirection.divertingUser("sip:bob@example.com;reason=user-busy")).isEqualTo("bob");
        assertThat(Redirection.divertingUser("<mailto:bob@example.com>")).isNull();
    }

    @Test
    void aUserNamedByAnyOfTheDiversionsHasAlreadyDivertedTheCall() throws Exception {
        Redirection redirection = new Redirection(null);
        Request invite = inviteWith("<sips:bob@example.com>;reason=no-answer", "<tel:5551234>;counter=1");

        assertThat(redirection.alreadyDivertedBy(invite, "bob")).isTrue();
        assertThat(redirection.alreadyDivertedBy(invite, "5551234")).isTrue();
        assertThat(redirection.alreadyDivertedBy(invite, "carol")).isFalse();
        assertThat(redirection.alreadyDivertedBy(inviteWith(), "bob")).isFalse();
    }

    @Test
    void theNextCounterIsOneMoreThanTheHighestCarriedOrThanTheNumberOfEntries() {
        assertThat(Redirection.nextCounter(List.of())).isEqualTo(1);
        assertThat(Redirection.nextCounter(List.of("<sip:b@x>;reason=no-answer;counter=3", "<sip:c@x>;counter=2")))
                .isEqualTo(4);
        assertThat(Redirection.nextCounter(List.of("<sip:b@x>;reason=no-answer", "<sip:c@x>"))).isEqualTo(3);
        assertThat(Redirection.nextCounter(List.of("<sip:b;counter=9@x>;COUNTER = 2"))).isEqualTo(3);
    }
}
