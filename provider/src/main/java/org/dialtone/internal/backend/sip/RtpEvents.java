package org.dialtone.internal.backend.sip;

/**
 * DTMF digits as RTP telephone-events (RFC 4733): the byte layout of an event packet, and a
 * {@link Decoder} that turns the event packets of one RTP stream into digits.
 *
 * <p>An event packet is a 12-byte RTP header (RFC 3550 section 5.1: version 2, no padding, no
 * extension, no contributing sources) followed by the 4-byte event payload of RFC 4733 section 2.3:
 * event code, the E (end) bit, a reserved bit and a 6-bit volume, then a 16-bit duration in
 * timestamp units.
 */
final class RtpEvents {
    /** The digits in the order of their event codes 0..15 (RFC 4733 section 3.2). */
    private static final String DIGITS = "0123456789*#ABCD";
    static final int HEADER_BYTES = 12;
    static final int PACKET_BYTES = HEADER_BYTES + 4;

    private RtpEvents() {
    }

    /**
     * The event code of a DTMF digit.
     *
     * @throws IllegalArgumentException if {@code digit} is none of {@code 0-9*#A-D}
     */
    static int eventOf(char digit) {
        int code = DIGITS.indexOf(Character.toUpperCase(digit));
        if (code < 0) {
            throw new IllegalArgumentException("'" + digit + "' is not a DTMF digit (0-9, *, #, A-D)");
        }
        return code;
    }

    /** The digit of event code {@code event}, or 0 if it is not a DTMF event. */
    static char digitOf(int event) {
        return event >= 0 && event < DIGITS.length() ? DIGITS.charAt(event) : 0;
    }

    /**
     * One event packet.
     *
     * @param payloadType the telephone-event payload type the receiver declared (0..127)
     * @param marker set on the first packet of an event
     * @param sequence the RTP sequence number (its low 16 bits are sent)
     * @param timestamp the event's start, the same in all its packets (low 32 bits are sent)
     * @param ssrc the stream's synchronisation source
     * @param event the event code (0..255)
     * @param end whether the event is over (the E bit)
     * @param volume the power level in -dBm0 (0..63)
     * @param duration the event's duration so far, in timestamp units (0..65535)
     */
    static byte[] packet(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, int event,
            boolean end, int volume, int duration) {
        if (payloadType < 0 || payloadType > 127 || event < 0 || event > 255 || volume < 0 || volume > 63
                || duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("event packet field out of range: pt " + payloadType + ", event "
                    + event + ", volume " + volume + ", duration " + duration);
        }
        byte[] p = new byte[PACKET_BYTES];
        p[0] = (byte) 0x80; // version 2
        p[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        p[2] = (byte) (sequence >>> 8);
        p[3] = (byte) sequence;
        putInt(p, 4, timestamp);
        putInt(p, 8, ssrc);
        p[12] = (byte) event;
        p[13] = (byte) ((end ? 0x80 : 0) | volume);
        p[14] = (byte) (duration >>> 8);
        p[15] = (byte) duration;
        return p;
    }

    private static void putInt(byte[] p, int at, long value) {
        p[at] = (byte) (value >>> 24);
        p[at + 1] = (byte) (value >>> 16);
        p[at + 2] = (byte) (value >>> 8);
        p[at + 3] = (byte) value;
    }

    /**
     * Digits from the telephone-event packets of one RTP stream. An event is reported once, on its
     * first end packet; its retransmitted end packets carry the same timestamp and are dropped.
     * Packets of other payload types, malformed packets and non-DTMF events give nothing. Not
     * thread-safe: one reader per stream.
     */
    static final class Decoder {
        private final int payloadType;
        private boolean reported;
        private long lastTimestamp;
        private long lastSsrc;

        /** A decoder of events sent with {@code payloadType} (the one our SDP declared). */
        Decoder(int payloadType) {
            this.payloadType = payloadType;
        }

        /** The digit {@code length} bytes of {@code packet} end, or 0 if they end none. */
        char accept(byte[] packet, int length) {
            if (packet == null || length < HEADER_BYTES || length > packet.length
                    || (packet[0] & 0xC0) != 0x80 || (packet[1] & 0x7F) != payloadType) {
                return 0;
            }
            int at = HEADER_BYTES + 4 * (packet[0] & 0x0F); // past the contributing sources
            if ((packet[0] & 0x10) != 0) { // a header extension: 4 bytes, then its length in words
                if (length < at + 4) {
                    return 0;
                }
                at += 4 + 4 * (((packet[at + 2] & 0xFF) << 8) | (packet[at + 3] & 0xFF));
            }
            int payloadEnd = length;
            if ((packet[0] & 0x20) != 0) { // padding: its count is the last byte
                payloadEnd -= packet[length - 1] & 0xFF;
            }
            if (payloadEnd - at < 4) {
                return 0;
            }
            boolean end = (packet[at + 1] & 0x80) != 0;
            char digit = digitOf(packet[at] & 0xFF);
            if (!end || digit == 0) {
                return 0;
            }
            long timestamp = getInt(packet, 4);
            long ssrc = getInt(packet, 8);
            if (reported && timestamp == lastTimestamp && ssrc == lastSsrc) {
                return 0; // a retransmitted end packet of the event already reported
            }
            reported = true;
            lastTimestamp = timestamp;
            lastSsrc = ssrc;
            return digit;
        }

        private static long getInt(byte[] p, int at) {
            return ((p[at] & 0xFFL) << 24) | ((p[at + 1] & 0xFFL) << 16) | ((p[at + 2] & 0xFFL) << 8)
                    | (p[at + 3] & 0xFFL);
        }
    }
}
