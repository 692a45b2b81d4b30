package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A far end's RTP port owned by a test: a loopback UDP socket whose RFC 4733 telephone-events
 * (of one payload type) are decoded into digits with the provider's own {@link RtpEvents.Decoder}.
 */
public final class RtpDigitsReceiver implements AutoCloseable {
    private final DatagramSocket socket;
    private final RtpEvents.Decoder decoder;

    /** Binds a free loopback port; events of {@code payloadType} are read. */
    public RtpDigitsReceiver(int payloadType) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.decoder = new RtpEvents.Decoder(payloadType);
    }

    /** The bound port, for the far end's SDP. */
    public int port() {
        return socket.getLocalPort();
    }

    /**
     * Reads packets until {@code count} digits were decoded, within {@code timeout}.
     *
     * @throws AssertionError with the digits so far if they do not all come in time
     */
    public String awaitDigits(int count, Duration timeout) throws IOException {
        StringBuilder digits = new StringBuilder();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[2048];
        while (digits.length() < count) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                throw new AssertionError("only '" + digits + "' of " + count + " digits within " + timeout);
            }
            socket.setSoTimeout((int) leftMillis);
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            }
            char digit = decoder.accept(packet.getData(), packet.getLength());
            if (digit != 0) {
                digits.append(digit);
            }
        }
        return digits.toString();
    }

    @Override
    public void close() {
        socket.close();
    }
}
