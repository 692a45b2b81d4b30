package org.dialtone.internal.backend.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP ports of the provider's calls: each call's SDP names a UDP port that really is bound, and
 * whatever media arrives there is read and dropped (a media engine comes later), so that the far end
 * sees no ICMP port-unreachable and the socket buffers never fill. One thread serves every port
 * through a selector; {@link #open} and {@link #close} may be called from any thread.
 */
final class RtpDrain {
    private static final Logger LOG = LoggerFactory.getLogger(RtpDrain.class);
    /** Tries at finding an even port (RTP wants one) among the ephemeral ports the system hands out. */
    private static final int EVEN_PORT_TRIES = 32;

    private final InetAddress host;
    private final Selector selector;
    private final Thread thread;
    private final Queue<DatagramChannel> toRegister = new ConcurrentLinkedQueue<>();
    private final Set<DatagramChannel> open = ConcurrentHashMap.newKeySet();
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(2048);

    /** Starts the drain's thread; ports are bound on {@code host}. */
    RtpDrain(InetAddress host, String name) throws IOException {
        this.host = host;
        this.selector = Selector.open();
        this.thread = new Thread(this::run, "dialtone-rtp-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Binds a new even UDP port on the host and starts draining it.
     *
     * @throws IOException if no port could be bound
     */
    DatagramChannel open() throws IOException {
        IOException last = null;
        for (int i = 0; i < EVEN_PORT_TRIES; i++) {
            DatagramChannel channel = DatagramChannel.open(host instanceof java.net.Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            try {
                channel.bind(new InetSocketAddress(host, 0));
                if (port(channel) % 2 == 0) {
                    channel.configureBlocking(false);
                    open.add(channel);
                    toRegister.add(channel);
                    selector.wakeup();
                    return channel;
                }
            } catch (IOException e) {
                last = e;
            }
            channel.close();
        }
        throw new IOException("no even UDP port for RTP on " + host.getHostAddress(), last);
    }

    /** The local port of a channel {@link #open} returned. */
    static int port(DatagramChannel channel) throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** How many ports are open; for leak checks. */
    int openPorts() {
        return open.size();
    }

    /** Stops draining {@code channel} and frees its port; null is ignored. */
    void close(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        open.remove(channel);
        try {
            channel.close(); // also cancels its selection key
            selector.wakeup();
        } catch (IOException e) {
            LOG.debug("closing an RTP port", e);
        }
    }

    /** Closes every port and ends the thread; waits for it at most a second. */
    void stop() {
        for (DatagramChannel channel : open) {
            close(channel);
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing the RTP selector", e);
        }
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (selector.isOpen()) {
                selector.select();
                DatagramChannel channel;
                while ((channel = toRegister.poll()) != null) {
                    try {
                        channel.register(selector, SelectionKey.OP_READ);
                    } catch (IOException closedMeanwhile) {
                        // the call ended before its port was registered
                    }
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    drain(key);
                }
            }
        } catch (ClosedSelectorException stopped) {
            // stop() closed the selector: the thread ends
        } catch (IOException e) {
            LOG.warn("the RTP drain stopped: {}", e.toString());
        }
    }

    private void drain(SelectionKey key) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        try {
            do {
                scratch.clear();
            } while (key.isValid() && channel.receive(scratch) != null);
        } catch (IOException e) {
            key.cancel(); // the port was closed meanwhile
        }
    }
}
