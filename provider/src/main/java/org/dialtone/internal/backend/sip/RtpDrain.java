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
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP ports of the provider's calls: each call's SDP names a UDP port that really is bound, and
 * whatever media arrives there is read and dropped (a media engine comes later), so that the far end
 * sees no ICMP port-unreachable and the socket buffers never fill. One thread serves every port
 * through a selector; {@link #open} and {@link #close} may be called from any thread.
 *
 * <p>DTMF rides on these ports as RFC 4733 telephone-events: a port given a {@link #listen
 * listener} has its packets decoded ({@link RtpEvents.Decoder}) and each digit told, and a port may
 * {@link #sender send} events, timed by one sending thread shared by every port.
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
    private final Map<DatagramChannel, Listener> listeners = new ConcurrentHashMap<>();
    private final Map<DatagramChannel, RtpEventSender> senders = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sending;
    /** The sending scheduler's threads (one, unless it had to replace it), joined by {@link #stop}. */
    private final Set<Thread> sendingThreads = ConcurrentHashMap.newKeySet();
    private final ByteBuffer scratch = ByteBuffer.allocate(2048);

    /** A port's decoder (of {@code payloadType}) and who is told its digits; decodes on the drain's thread only. */
    private record Listener(int payloadType, RtpEvents.Decoder decoder, Consumer<Character> digits) {
    }

    /** Starts the drain's thread; ports are bound on {@code host}. */
    RtpDrain(InetAddress host, String name) throws IOException {
        this.host = host;
        this.selector = Selector.open();
        this.thread = new Thread(this::run, "dialtone-rtp-" + name);
        thread.setDaemon(true);
        this.sending = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "dialtone-rtp-send-" + name);
            t.setDaemon(true);
            sendingThreads.add(t);
            return t;
        });
        thread.start();
    }

    /**
     * Decodes the telephone-events of {@code payloadType} arriving on {@code channel} (one of
     * ours) and tells each digit to {@code digits}, on the drain's thread; replaces an earlier
     * listener of that port; one of the same payload type keeps its decoder (a renegotiation that
     * left the payload type alone must not report an event under way twice).
     */
    void listen(DatagramChannel channel, int payloadType, Consumer<Character> digits) {
        if (open.contains(channel)) {
            listeners.compute(channel, (c, earlier) -> new Listener(payloadType,
                    earlier != null && earlier.payloadType() == payloadType ? earlier.decoder()
                            : new RtpEvents.Decoder(payloadType), digits));
        }
    }

    /**
     * A sender of telephone-events with {@code payloadType} from {@code channel} (one of ours) to
     * {@code far}; it stops when the port closes. Replaces (and stops) an earlier sender of that
     * port, unless that one already sends to {@code far} with {@code payloadType}: then it is kept,
     * so that digits under way go on in the same stream.
     */
    RtpEventSender sender(DatagramChannel channel, InetSocketAddress far, int payloadType) {
        RtpEventSender same = senders.get(channel);
        if (same != null && same.far().equals(far) && same.payloadType() == payloadType && !same.stopped()) {
            return same;
        }
        RtpEventSender sender = new RtpEventSender(channel, far, payloadType, sending);
        RtpEventSender earlier = senders.put(channel, sender);
        if (earlier != null) {
            earlier.stop();
        }
        if (!open.contains(channel)) {
            senders.remove(channel, sender);
            sender.stop();
        }
        return sender;
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

    /**
     * Stops decoding and sending telephone-events on {@code channel} (its digits went back to SIP
     * INFO); the port stays open and drained. Null is ignored.
     */
    void quiet(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        listeners.remove(channel);
        RtpEventSender sender = senders.remove(channel);
        if (sender != null) {
            sender.stop();
        }
    }

    /** Stops draining {@code channel} and frees its port; null is ignored. */
    void close(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        open.remove(channel);
        quiet(channel);
        try {
            channel.close(); // also cancels its selection key
            selector.wakeup();
        } catch (IOException e) {
            LOG.debug("closing an RTP port", e);
        }
    }

    /**
     * Closes every port and ends both threads (the drain's and the sending one); waits for each at
     * most a second, so that none is left behind once the provider has shut down.
     */
    void stop() {
        for (DatagramChannel channel : open) {
            close(channel);
        }
        sending.shutdownNow();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing the RTP selector", e);
        }
        try {
            // The scheduler terminates a moment before its thread is gone: wait for the thread itself.
            for (Thread t : sendingThreads) {
                t.join(1000);
            }
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

    private static void tell(Listener listener, char digit) {
        try {
            listener.digits().accept(digit);
        } catch (RuntimeException e) {
            LOG.warn("an RTP digit could not be told: {}", e.toString()); // the drain serves on
        }
    }

    private void drain(SelectionKey key) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        Listener listener = listeners.get(channel);
        try {
            while (key.isValid()) {
                scratch.clear();
                if (channel.receive(scratch) == null) {
                    break;
                }
                if (listener != null) {
                    char digit = listener.decoder().accept(scratch.array(), scratch.position());
                    if (digit != 0) {
                        tell(listener, digit);
                    }
                }
            }
        } catch (IOException e) {
            key.cancel(); // the port was closed meanwhile
        }
    }
}
