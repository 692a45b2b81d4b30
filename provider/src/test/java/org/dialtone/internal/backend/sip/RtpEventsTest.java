package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The telephone-event packet of RFC 4733 section 2.3 (after RFC 3550's 12-byte header): event code,
 * then E, R and a 6-bit volume, then a 16-bit duration. The reference bytes are from the digit "1"
 * capture SIPp ships (dtmf_2833_1.pcap): pt 101, sequence 0x1f30, timestamp 0x33e0, SSRC 0x0e05384e,
 * volume 10.
 */
class RtpEventsTest {
    private static final int PT = 101;
    private static final long SSRC = 0x0e05384eL;
    private static final long TS = 0x33e0;

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void firstPacketOfAnEventHasTheMarkerAndZeroDurationAsInTheCapture() {
        byte[] packet = RtpEvents.packet(PT, true, 0x1f30, TS, SSRC, 1, false, 10, 0);

        assertThat(packet).isEqualTo(hex("80e5 1f30 000033e0 0e05384e 01 0a 0000"));
    }

    @Test
    void endPacketHasTheEBitAndTheWholeDurationWithTheEventsTimestamp() {
        byte[] packet = RtpEvents.packet(PT, false, 0x1f37, TS, SSRC, 1, true, 10, 2240);

        assertThat(packet).isEqualTo(hex("8065 1f37 000033e0 0e05384e 01 8a 08c0"));
    }

    @Test
    void fieldsTakeTheirBitsOnlyAndSequenceAndTimestampWrap() {
        byte[] packet = RtpEvents.packet(127, true, 0x1ffff, 0x1_0000_0002L, 0xffff_ffffL, 255, true, 63, 0xffff);

        assertThat(packet).isEqualTo(hex("80ff ffff 00000002 ffffffff ff bf ffff"));
    }

    @Test
    void outOfRangeFieldsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> RtpEvents.packet(128, false, 0, 0, 0, 1, false, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pt 128");
        assertThatThrownBy(() -> RtpEvents.packet(PT, false, 0, 0, 0, 1, false, 64, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume 64");
        assertThatThrownBy(() -> RtpEvents.packet(PT, false, 0, 0, 0, 1, false, 10, 0x10000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration 65536");
    }

    @Test
    void digitsMapToTheEventCodesOfSection3() {
        assertThat("0123456789*#ABCD".chars().map(c -> RtpEvents.eventOf((char) c)).toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(RtpEvents.eventOf('d')).isEqualTo(15);
        assertThat(RtpEvents.digitOf(11)).isEqualTo('#');
        assertThat(RtpEvents.digitOf(16)).isEqualTo((char) 0); // flash: no digit
        assertThatThrownBy(() -> RtpEvents.eventOf('x')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @Test
    void decoderReportsTheDigitOnceOnItsFirstEndPacket() {
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        byte[] start = RtpEvents.packet(PT, true, 1, TS, SSRC, 11, false, 10, 160);
        byte[] update = RtpEvents.packet(PT, false, 2, TS, SSRC, 11, false, 10, 320);
        byte[] end = RtpEvents.packet(PT, false, 3, TS, SSRC, 11, true, 10, 800);

        assertThat(decoder.accept(start, start.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(update, update.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(end, end.length)).isEqualTo('#');
        byte[] again = RtpEvents.packet(PT, false, 4, TS, SSRC, 11, true, 10, 800);
        assertThat(decoder.accept(again, again.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(again, again.length)).isEqualTo((char) 0);
    }

    @Test
    void decoderReportsTheSameDigitAgainForANewEvent() {
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        byte[] first = RtpEvents.packet(PT, false, 1, TS, SSRC, 5, true, 10, 800);
        byte[] second = RtpEvents.packet(PT, false, 9, TS + 1600, SSRC, 5, true, 10, 800);

        assertThat(decoder.accept(first, first.length)).isEqualTo('5');
        assertThat(decoder.accept(second, second.length)).isEqualTo('5');
    }

    @Test
    void decoderIgnoresOtherPayloadTypesShortMalformedAndNonDigitPackets() {
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        byte[] audio = RtpEvents.packet(0, false, 1, TS, SSRC, 1, true, 10, 800);
        byte[] otherEventPt = RtpEvents.packet(96, false, 1, TS, SSRC, 1, true, 10, 800);
        byte[] flash = RtpEvents.packet(PT, false, 1, TS, SSRC, 16, true, 10, 800);
        byte[] version1 = RtpEvents.packet(PT, false, 1, TS, SSRC, 1, true, 10, 800);
        version1[0] = 0x40;
        byte[] end = RtpEvents.packet(PT, false, 1, TS, SSRC, 1, true, 10, 800);

        assertThat(decoder.accept(audio, audio.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(otherEventPt, otherEventPt.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(flash, flash.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(version1, version1.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(end, 14)).isEqualTo((char) 0); // payload cut short
        assertThat(decoder.accept(end, 3)).isEqualTo((char) 0);
        assertThat(decoder.accept(null, 0)).isEqualTo((char) 0);
        assertThat(decoder.accept(end, 99)).isEqualTo((char) 0); // length beyond the buffer
        assertThat(decoder.accept(end, end.length)).isEqualTo('1'); // none of those was taken as this event
    }

    @Test
    void decoderSkipsContributingSourcesExtensionAndPadding() {
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        // one CSRC, an extension of one word, the event, then 4 bytes of padding
        byte[] packet = hex("b1 65 0001 000033e0 0e05384e  11111111  bede 0001 22222222  03 8a 0320  00000004");

        assertThat(decoder.accept(packet, packet.length)).isEqualTo('3');
        byte[] cutPadding = hex("a0 65 0001 00000001 0e05384e  03 8a 0320  00000008");
        assertThat(decoder.accept(cutPadding, cutPadding.length)).isEqualTo((char) 0);
    }

    @Test
    void decoderReadsTheCapturedEndOfDigitOne() {
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        byte[] update = hex("8065 1f36 000033e0 0e05384e 01 0a 0780");
        byte[] end = hex("8065 1f37 000033e0 0e05384e 01 8a 08c0");

        assertThat(decoder.accept(update, update.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(end, end.length)).isEqualTo('1');
        assertThat(decoder.accept(end, end.length)).isEqualTo((char) 0);
        assertThat(decoder.accept(end, end.length)).isEqualTo((char) 0);
    }
}
