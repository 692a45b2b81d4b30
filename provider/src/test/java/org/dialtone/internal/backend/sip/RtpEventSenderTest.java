package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a far end receives from an {@link RtpEventSender}, read on a loopback socket. */
class RtpEventSenderTest {
    private static final int PT = 96;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private DatagramChannel from;
    private java.net.DatagramSocket far;

    @AfterEach
    void close() throws Exception {
        scheduler.shutdownNow();
        if (from != null) {
            from.close();
        }
        if (far != null) {
            far.close();
        }
    }

    private RtpEventSender sender() throws Exception {
        return sender(scheduler);
    }

    private RtpEventSender sender(ScheduledExecutorService timing) throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        far = new java.net.DatagramSocket(new InetSocketAddress(loopback, 0));
        far.setSoTimeout(5000);
        from = DatagramChannel.open().bind(new InetSocketAddress(loopback, 0));
        return new RtpEventSender(from, (InetSocketAddress) far.getLocalSocketAddress(), PT, timing);
    }

    private List<byte[]> receive(int count) throws Exception {
        List<byte[]> packets = new ArrayList<>();
        byte[] buffer = new byte[2048];
        for (int i = 0; i < count; i++) {
            java.net.DatagramPacket p = new java.net.DatagramPacket(buffer, buffer.length);
            far.receive(p);
            packets.add(Arrays.copyOf(p.getData(), p.getLength()));
        }
        return packets;
    }

    private static int u16(byte[] p, int at) {
        return ((p[at] & 0xFF) << 8) | (p[at + 1] & 0xFF);
    }

    private static long u32(byte[] p, int at) {
        return ((long) u16(p, at) << 16) | u16(p, at + 2);
    }

    @Test
    void eachDigitIsOneEventOfGrowingDurationEndedByThreeEndPackets() throws Exception {
        RtpEventSender sender = sender();

        sender.send("4#");

        List<byte[]> packets = receive(14);
        int perDigit = 7;
        for (int d = 0; d < 2; d++) {
            List<byte[]> event = packets.subList(d * perDigit, (d + 1) * perDigit);
            for (int i = 0; i < perDigit; i++) {
                byte[] p = event.get(i);
                assertThat(p).hasSize(16);
                assertThat(p[0] & 0xFF).as("version 2, nothing else").isEqualTo(0x80);
                assertThat(p[1] & 0x7F).isEqualTo(PT);
                assertThat((p[1] & 0x80) != 0).as("marker on the first packet only").isEqualTo(i == 0);
                assertThat(u32(p, 4)).as("one timestamp per event").isEqualTo(u32(event.get(0), 4));
                assertThat(p[12]).isEqualTo((byte) (d == 0 ? 4 : 11));
                assertThat((p[13] & 0x80) != 0).as("E bit on the last three").isEqualTo(i >= 4);
                assertThat(u16(p, 14)).isEqualTo(i < 4 ? (i + 1) * 160 : 800);
            }
        }
        for (int i = 1; i < packets.size(); i++) {
            assertThat(u16(packets.get(i), 2)).isEqualTo((u16(packets.get(i - 1), 2) + 1) & 0xFFFF);
            assertThat(u32(packets.get(i), 8)).as("one SSRC").isEqualTo(u32(packets.get(0), 8));
        }
        assertThat((u32(packets.get(7), 4) - u32(packets.get(0), 4)) & 0xFFFFFFFFL).isEqualTo(1600);
        RtpEvents.Decoder decoder = new RtpEvents.Decoder(PT);
        StringBuilder heard = new StringBuilder();
        for (byte[] p : packets) {
            char c = decoder.accept(p, p.length);
            if (c != 0) {
                heard.append(c);
            }
        }
        assertThat(heard).hasToString("4#");
    }

    @Test
    void aStoppedSenderSendsNothingMore() throws Exception {
        // The sender's only thread is held until the test lets it go, so no packet can leave before stop().
        ScheduledThreadPoolExecutor held = new ScheduledThreadPoolExecutor(1);
        held.setRemoveOnCancelPolicy(true); // a cancelled packet leaves the queue at once
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            held.execute(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(holding.await(5, TimeUnit.SECONDS)).as("the thread is held, its queue empty").isTrue();
            RtpEventSender sender = sender(held);
            sender.send("12");
            assertThat(held.getQueue()).as("the digit's packets wait their turn").isNotEmpty();

            sender.stop();
            sender.send("3");
            assertThat(held.getQueue()).as("every packet cancelled, none queued anew").isEmpty();

            // shutdown() would still run delayed tasks not cancelled: only the holding one may run
            release.countDown();
            held.shutdown();
            assertThat(held.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(held.getCompletedTaskCount()).as("tasks run besides the holding one").isEqualTo(1);
            assertThat(sender.stopped()).isTrue();
            far.setSoTimeout(1); // loopback delivers as the datagram is sent: anything sent is there now
            assertThatThrownBy(() -> receive(1)).isInstanceOf(SocketTimeoutException.class);
        } finally {
            release.countDown();
            held.shutdownNow();
        }
    }

    @Test
    void aNonDigitIsRefusedAndNothingOfTheStringIsSent() throws Exception {
        RtpEventSender sender = sender();

        assertThatThrownBy(() -> sender.send("1x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        sender.send("7");

        byte[] first = receive(1).get(0);
        assertThat(first[12]).isEqualTo((byte) 7);
    }
}
