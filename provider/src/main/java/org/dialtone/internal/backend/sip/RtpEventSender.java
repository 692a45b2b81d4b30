package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends DTMF digits to one far end as RFC 4733 telephone-events, one RTP stream (its own SSRC,
 * sequence numbers and timestamps) from the call's own RTP port. Each digit sounds
 * {@value #DIGIT_MILLIS} ms: an event packet every {@value #PACKET_MILLIS} ms with its duration so
 * far (the first with the marker bit), then three end packets (RFC 4733 section 2.5.1.4), then a
 * silence of {@value #GAP_MILLIS} ms before the next digit. The packets go out on a scheduler
 * shared by the provider's calls, never on the SIP thread; at most {@value #MAX_QUEUED} digits
 * wait, more are dropped. Thread-safe.
 */
final class RtpEventSender {
    private static final Logger LOG = LoggerFactory.getLogger(RtpEventSender.class);
    static final int DIGIT_MILLIS = 100;
    static final int PACKET_MILLIS = 20;
    static final int GAP_MILLIS = 100;
    static final int MAX_QUEUED = 64;
    /** telephone-event's RTP clock rate is 8000 Hz (RFC 4733 section 7.1.1). */
    private static final int SAMPLES_PER_MILLI = 8;
    /** The volume the events claim, in -dBm0: a usual DTMF level. */
    private static final int VOLUME = 10;
    private static final int END_PACKETS = 3;

    private final DatagramChannel channel;
    private final InetSocketAddress far;
    private final int payloadType;
    private final ScheduledExecutorService scheduler;
    private final long ssrc;
    // Guarded by this.
    private final Deque<Character> queued = new ArrayDeque<>();
    private final List<ScheduledFuture<?>> pending = new ArrayList<>();
    private int sequence;
    private long timestamp;
    private boolean busy;
    private boolean stopped;

    /**
     * A sender to {@code far} with the far end's telephone-event {@code payloadType}, from
     * {@code channel}, timed by {@code scheduler}.
     */
    RtpEventSender(DatagramChannel channel, InetSocketAddress far, int payloadType,
            ScheduledExecutorService scheduler) {
        this.channel = channel;
        this.far = far;
        this.payloadType = payloadType;
        this.scheduler = scheduler;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // RFC 3550 section 5.1: random initial sequence number, timestamp and SSRC.
        this.ssrc = random.nextLong(1L << 32);
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextLong(1L << 32);
    }

    /** Where the events go, for logs and tests. */
    InetSocketAddress far() {
        return far;
    }

    /** The far end's telephone-event payload type the events carry. */
    int payloadType() {
        return payloadType;
    }

    /** Whether {@link #stop} ended this sender (or its port closed). */
    synchronized boolean stopped() {
        return stopped;
    }

    /**
     * Queues {@code digits} after any still being sent.
     *
     * @throws IllegalArgumentException if a character is not a DTMF digit (nothing is queued)
     */
    synchronized void send(String digits) {
        for (char c : digits.toCharArray()) {
            RtpEvents.eventOf(c);
        }
        for (char c : digits.toCharArray()) {
            if (queued.size() >= MAX_QUEUED) {
                LOG.info("RTP events to {}: {} digits already wait; '{}' dropped", far, MAX_QUEUED, c);
                continue;
            }
            queued.add(c);
        }
        if (!busy) {
            startNext();
        }
    }

    /** Sends nothing more; packets not yet sent are cancelled. */
    synchronized void stop() {
        stopped = true;
        queued.clear();
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }

    private void startNext() {
        pending.removeIf(ScheduledFuture::isDone);
        Character digit = queued.poll();
        busy = digit != null && !stopped;
        if (!busy) {
            return;
        }
        int event = RtpEvents.eventOf(digit);
        long start = timestamp;
        int updates = DIGIT_MILLIS / PACKET_MILLIS;
        int full = DIGIT_MILLIS * SAMPLES_PER_MILLI;
        try {
            // Updates at 0, 20, ... ms, each saying how long the tone has sounded by its end.
            for (int i = 0; i < updates - 1; i++) {
                at(i * PACKET_MILLIS, RtpEvents.packet(payloadType, i == 0, sequence++, start, ssrc, event, false,
                        VOLUME, (i + 1) * PACKET_MILLIS * SAMPLES_PER_MILLI));
            }
            for (int i = 0; i < END_PACKETS; i++) {
                at((updates - 1 + i) * PACKET_MILLIS, RtpEvents.packet(payloadType, false, sequence++, start, ssrc,
                        event, true, VOLUME, full));
            }
            timestamp = (timestamp + (long) (DIGIT_MILLIS + GAP_MILLIS) * SAMPLES_PER_MILLI) & 0xFFFFFFFFL;
            pending.add(scheduler.schedule(this::next, DIGIT_MILLIS + GAP_MILLIS, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException shutDown) {
            stop();
        }
    }

    private synchronized void next() {
        startNext();
    }

    private void at(long millis, byte[] packet) {
        pending.add(scheduler.schedule(() -> transmit(packet), millis, TimeUnit.MILLISECONDS));
    }

    private void transmit(byte[] packet) {
        try {
            channel.send(ByteBuffer.wrap(packet), far);
        } catch (IOException e) {
            LOG.debug("RTP events to {} stop: {}", far, e.toString()); // the call's port was closed
            stop();
        }
    }
}
