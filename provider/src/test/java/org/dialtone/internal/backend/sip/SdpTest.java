package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdpTest {
    private static byte[] sdp(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(byte[] sdp) {
        return new String(sdp, StandardCharsets.US_ASCII);
    }

    @Test
    void offerHasPcmuPcmaAndTelephoneEventOnTheGivenPort() {
        String offer = text(Sdp.offer("dialtone", "127.0.0.1", 40000, 7, 7));

        assertThat(offer).isEqualTo("v=0\r\no=dialtone 7 7 IN IP4 127.0.0.1\r\ns=Dialtone\r\nc=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\nm=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n");
    }

    @Test
    void answerKeepsTheOfferersOrderAndItsTelephoneEventPayloadType() {
        byte[] offer = sdp("v=0", "o=x 1 1 IN IP4 10.0.0.1", "s=-", "c=IN IP4 10.0.0.1", "t=0 0",
                "m=audio 5000 RTP/AVP 8 18 0 96", "a=rtpmap:8 PCMA/8000", "a=rtpmap:18 G729/8000",
                "a=rtpmap:96 telephone-event/8000");

        String answer = text(Sdp.answer(offer, "dialtone", "127.0.0.1", 40002, 9, 9));

        assertThat(answer).contains("m=audio 40002 RTP/AVP 8 0 96\r\n", "a=rtpmap:8 PCMA/8000\r\n",
                "a=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:96 telephone-event/8000\r\n").doesNotContain("G729");
    }

    @Test
    void dynamicPayloadTypeNamedPcmuIsAccepted() {
        byte[] offer = sdp("v=0", "c=IN IP4 10.0.0.1", "m=audio 5000 RTP/AVP 97", "a=rtpmap:97 pcmu/8000");

        assertThat(text(Sdp.answer(offer, "d", "127.0.0.1", 40004, 1, 1))).contains("m=audio 40004 RTP/AVP 97\r\n",
                "a=rtpmap:97 PCMU/8000");
    }

    @Test
    void ipv6HostIsDescribedAsIp6() {
        assertThat(text(Sdp.offer("d", "::1", 40000, 1, 1))).contains("c=IN IP6 ::1\r\n");
    }

    @Test
    void offerWithoutACommonCodecIsRefused() {
        byte[] offer = sdp("v=0", "c=IN IP4 10.0.0.1", "m=audio 5000 RTP/AVP 18", "a=rtpmap:18 G729/8000");

        assertThatThrownBy(() -> Sdp.answer(offer, "d", "127.0.0.1", 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no codec in common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "v=0\r\nc=IN IP4 1.2.3.4\r\n", "v=0\r\nm=audio x RTP/AVP 0\r\n",
            "v=0\r\nc=IN IP4 1.2.3.4\r\nm=video 5000 RTP/AVP 31\r\n", "v=0\r\nm=audio 5000 RTP/AVP 0\r\n",
            "v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 5000 RTP/AVP 0\r\ngarbage\r\n",
            "v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 5000\r\n"})
    void unreadableDescriptionIsRefusedWithAReason(String text) {
        assertThatThrownBy(() -> Sdp.check(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("null");
    }

    @Test
    void directionIsTheAudioStreamsOwnElseTheSessionsElseSendrecv() {
        String[] head = {"v=0", "o=x 1 1 IN IP4 10.0.0.1", "s=-", "c=IN IP4 10.0.0.1", "t=0 0"};
        assertThat(Sdp.direction(sdp(String.join("\r\n", head), "m=audio 5000 RTP/AVP 0"))).isEqualTo("sendrecv");
        assertThat(Sdp.direction(sdp(String.join("\r\n", head), "a=inactive", "m=audio 5000 RTP/AVP 0")))
                .isEqualTo("inactive");
        assertThat(Sdp.direction(sdp(String.join("\r\n", head), "a=inactive", "m=audio 5000 RTP/AVP 0",
                "a=sendonly", "m=video 5002 RTP/AVP 31", "a=recvonly"))).isEqualTo("sendonly");
    }

    @Test
    void answerDirectionFollowsRfc3264AndOurOwnHold() {
        assertThat(Sdp.answerDirection("sendrecv", false)).isEqualTo("sendrecv");
        assertThat(Sdp.answerDirection("sendonly", false)).isEqualTo("recvonly");
        assertThat(Sdp.answerDirection("recvonly", false)).isEqualTo("sendonly");
        assertThat(Sdp.answerDirection("inactive", false)).isEqualTo("inactive");
        assertThat(Sdp.answerDirection("sendrecv", true)).isEqualTo("sendonly");
        assertThat(Sdp.answerDirection("sendonly", true)).isEqualTo("inactive");
    }

    @Test
    void holdOfferSaysSendonlyInPlaceOfSendrecv() {
        assertThat(text(Sdp.offer("dialtone", "127.0.0.1", 40000, 7, 8, Sdp.SENDONLY)))
                .contains("o=dialtone 7 8 ", "a=sendonly\r\n").doesNotContain("sendrecv");
    }

    @Test
    void mediaReadsTheStreamsAddressPortAndTelephoneEventPayloadType() {
        byte[] description = sdp("v=0", "o=x 1 1 IN IP4 10.0.0.1", "s=-", "c=IN IP4 10.0.0.1", "t=0 0",
                "m=audio 5004 RTP/AVP 0 96", "c=IN IP4 10.0.0.2/127", "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:96 telephone-event/8000");

        Sdp.Media media = Sdp.media(description);

        assertThat(media).isEqualTo(new Sdp.Media("10.0.0.2", 5004, 96));
        assertThat(media.takesEvents()).isTrue();
    }

    @Test
    void mediaWithoutTelephoneEventOrWithPortZeroTakesNoEvents() {
        Sdp.Media plain = Sdp.media(sdp("v=0", "o=x 1 1 IN IP4 10.0.0.1", "s=-", "c=IN IP4 10.0.0.1", "t=0 0",
                "m=audio 5004 RTP/AVP 0", "a=rtpmap:101 telephone-event/8000"));
        Sdp.Media refused = Sdp.media(sdp("v=0", "o=x 1 1 IN IP4 10.0.0.1", "s=-", "c=IN IP4 10.0.0.1", "t=0 0",
                "m=audio 0 RTP/AVP 0 101", "a=rtpmap:101 telephone-event/8000"));

        assertThat(plain).isEqualTo(new Sdp.Media("10.0.0.1", 5004, -1));
        assertThat(plain.takesEvents()).isFalse();
        assertThat(refused.takesEvents()).isFalse();
        assertThat(Sdp.media(Sdp.offer("dialtone", "127.0.0.1", 40000, 1, 1)))
                .isEqualTo(new Sdp.Media("127.0.0.1", 40000, Sdp.TELEPHONE_EVENT));
    }
}
