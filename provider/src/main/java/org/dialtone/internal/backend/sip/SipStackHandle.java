package org.dialtone.internal.backend.sip;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JAIN SIP RI stack listening on the configured host, port and transport, with its provider and
 * factories; and the way to stop it completely, which the stack does not do by itself:
 * <ul>
 *   <li>the stack is made directly rather than through {@code SipFactory}, which keeps every stack
 *       it ever made;</li>
 *   <li>its logs go to slf4j ({@link Slf4jStackLogger}, {@link Slf4jMessageLogger}): no log4j;</li>
 *   <li>{@code stop()} leaves the stack's non-daemon event thread waiting forever (RestComm
 *       jain-sip#198), so {@link #stop()} interrupts it; and it sleeps a fixed second "to let
 *       processing complete", which the backend does not need since it has already waited for what
 *       it cares about, so that sleep is cut short;</li>
 *   <li>a UDP reader thread that the stack starts late (after a quick {@code stop()}) is never
 *       stopped by it, so {@link #stop()} ends those too.</li>
 * </ul>
 */
final class SipStackHandle {
    private static final Logger LOG = LoggerFactory.getLogger(SipStackHandle.class);
    private static final AtomicInteger STACKS = new AtomicInteger();
    /** Stacks are created one at a time so that each can tell which event thread is its own. */
    private static final Object CREATION = new Object();
    private static final String EVENT_THREAD = "EventScannerThread";
    private static final int UDP_BUFFER_BYTES = 4 * 1024 * 1024;

    final String name;
    final SipStackImpl stack;
    final SipProvider provider;
    final ListeningPoint listeningPoint;
    final HeaderFactory headers;
    final AddressFactory addresses;
    final MessageFactory messages;
    private final Thread eventThread;

    private SipStackHandle(String name, SipStackImpl stack, SipProvider provider, ListeningPoint listeningPoint,
            Thread eventThread) throws PeerUnavailableException {
        this.name = name;
        this.stack = stack;
        this.provider = provider;
        this.listeningPoint = listeningPoint;
        this.eventThread = eventThread;
        SipFactory factory = SipFactory.getInstance();
        this.headers = factory.createHeaderFactory();
        this.addresses = factory.createAddressFactory();
        this.messages = factory.createMessageFactory();
    }

    /**
     * Creates a stack and listens as {@code config} says.
     *
     * @throws IOException if the stack cannot be made or cannot listen (port in use, unknown host)
     */
    static SipStackHandle open(SipConfig config) throws IOException {
        String name = "dialtone-" + STACKS.incrementAndGet();
        SipStackImpl stack;
        Thread eventThread;
        synchronized (CREATION) {
            Set<Thread> before = eventThreads();
            try {
                stack = new SipStackImpl(properties(name));
            } catch (PeerUnavailableException | RuntimeException e) {
                throw new IOException("cannot create a JAIN SIP stack: " + e.getMessage(), e);
            }
            Set<Thread> after = eventThreads();
            after.removeAll(before);
            eventThread = after.size() == 1 ? after.iterator().next() : null;
        }
        if (eventThread != null) {
            eventThread.setName(EVENT_THREAD + "-" + name);
        }
        String where = config.transport().sipName() + " " + config.host() + ":" + config.port();
        try {
            ListeningPoint point = stack.createListeningPoint(config.host(), config.port(),
                    config.transport().sipName());
            SipProvider provider = stack.createSipProvider(point);
            return new SipStackHandle(name, stack, provider, point, eventThread);
        } catch (Exception e) {
            stopQuietly(name, null, stack, eventThread);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot listen for SIP on " + where + ": " + cause.getMessage(), e);
        }
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", name);
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jMessageLogger.class.getName());
        // Events reach SipBackend on the thread that read the message; it only queues them on its own
        // thread, so the stack's extra event queue is not needed. One reader keeps UDP messages in
        // the order they arrived.
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        // A stream peer cannot make us buffer without bound.
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        // The stack sets its UDP socket's buffers to 64 KiB (less than Linux's default): a burst of a
        // few hundred messages while its reader waits for the CPU overflows that, and a lost ACK or
        // BYE holds a call for 32 s. Ask for 4 MiB; the kernel caps it (net.core.rmem_max/wmem_max).
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
        // The backend answers CANCEL and ACKs itself; the stack handles retransmitted 2xx.
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        return p;
    }

    private static Set<Thread> eventThreads() {
        Set<Thread> found = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(EVENT_THREAD)) {
                found.add(t);
            }
        }
        return found;
    }

    /** Delivers the stack's events to {@code listener}. */
    void listen(SipListener listener) {
        try {
            provider.addSipListener(listener);
        } catch (java.util.TooManyListenersException e) {
            throw new IllegalStateException("stack " + name + " already has a listener", e);
        }
    }

    /** JAIN SIP's digest helper over {@code accounts}. */
    AuthenticationHelper authenticationHelper(AccountManager accounts) {
        return stack.getAuthenticationHelper(accounts, headers);
    }

    /** Stops the stack and every thread and socket it has; idempotent. */
    void stop() {
        stopQuietly(name, udpProcessorName(), stack, eventThread);
    }

    /** The stack names its UDP processor thread after the address it resolved and the port. */
    private String udpProcessorName() {
        try {
            String address = InetAddress.getByName(listeningPoint.getIPAddress()).getHostAddress();
            return "MessageProcessorThread-UDP-" + address + "/" + listeningPoint.getPort();
        } catch (UnknownHostException e) {
            return null; // the stack could not have listened there either
        }
    }

    /** @param udpProcessor the name of the stack's UDP processor thread (null: it never listened) */
    private static void stopQuietly(String name, String udpProcessor, SipStackImpl stack, Thread eventThread) {
        boolean wasInterrupted = Thread.interrupted();
        Thread.currentThread().interrupt(); // makes the stack's fixed one-second sleep in stop() return at once
        try {
            stack.stop();
        } catch (RuntimeException e) {
            // e.g. a UDP processor stopped before its thread first ran (messageChannels still null)
            LOG.debug("JAIN SIP stack stop failed part way", e);
        } finally {
            Thread.interrupted();
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (eventThread != null) {
            eventThread.interrupt();
            join(eventThread);
        }
        endUdpReaders(name, udpProcessor);
    }

    /**
     * The UDP processor starts its reader threads only once its own thread first runs, which may be
     * after {@code stop()} (which then cannot close them); a reader waits for a datagram forever
     * unless interrupted. So the processor thread is waited for first, then its readers, named
     * after the stack, are interrupted and waited for.
     */
    private static void endUdpReaders(String name, String udpProcessor) {
        String readerPrefix = name + "-UDPMessageChannelThread-";
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(udpProcessor)) {
                join(t);
            }
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(readerPrefix)) {
                t.interrupt();
                join(t);
            }
        }
    }

    private static void join(Thread t) {
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
