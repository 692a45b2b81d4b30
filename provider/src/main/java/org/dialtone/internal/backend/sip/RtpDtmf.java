package org.dialtone.internal.backend.sip;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a call's digits ride on RTP (RFC 4733): only when both session descriptions, ours and
 * the far end's, carry telephone-event. Then the digits arriving on our port are decoded with the
 * payload type we declared, and ours go to the far end's address with the payload type it declared
 * (the two may differ). Otherwise the call keeps SIP INFO. Each new offer/answer of the call (a
 * re-INVITE either way) agrees again: the far end may have moved its media or dropped
 * telephone-event.
 */
final class RtpDtmf {
    private static final Logger LOG = LoggerFactory.getLogger(RtpDtmf.class);

    private RtpDtmf() {
    }

    /**
     * Sets up RTP events on {@code channel} for the agreed descriptions {@code ours} and
     * {@code theirs}; received digits are given to {@code digits} on the backend's thread. An
     * agreement that leaves RTP events stops those the port sent and decoded so far.
     *
     * @return the sender to the far end, or null when the digits must go as INFO
     */
    static RtpEventSender agree(SipBackend backend, String callId, DatagramChannel channel, byte[] ours,
            byte[] theirs, Consumer<Character> digits) {
        RtpEventSender sender = agreed(backend, callId, channel, ours, theirs, digits);
        if (sender == null) {
            backend.rtp.quiet(channel);
        }
        return sender;
    }

    private static RtpEventSender agreed(SipBackend backend, String callId, DatagramChannel channel, byte[] ours,
            byte[] theirs, Consumer<Character> digits) {
        if (channel == null || ours == null || theirs == null) {
            return null;
        }
        Sdp.Media local;
        Sdp.Media far;
        try {
            local = Sdp.media(ours);
            far = Sdp.media(theirs);
        } catch (IllegalArgumentException e) {
            LOG.debug("call {}: digits go as INFO: {}", callId, e.getMessage());
            return null;
        }
        if (local.telephoneEvent() < 0 || !far.takesEvents()) {
            LOG.debug("call {}: digits go as INFO: telephone-event is not in both descriptions", callId);
            return null;
        }
        InetSocketAddress to = new InetSocketAddress(far.address(), far.port());
        if (to.isUnresolved()) {
            LOG.info("call {}: digits go as INFO: the far end's media address {} is unknown", callId, far.address());
            return null;
        }
        backend.rtp.listen(channel, local.telephoneEvent(),
                digit -> backend.schedule(Duration.ZERO, () -> digits.accept(digit)));
        LOG.debug("call {}: digits go as RTP events (pt {}) to {}, ours arrive with pt {}", callId,
                far.telephoneEvent(), to, local.telephoneEvent());
        return backend.rtp.sender(channel, to, far.telephoneEvent());
    }
}
