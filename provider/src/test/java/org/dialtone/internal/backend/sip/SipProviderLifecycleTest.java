package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.dialtone.DialtonePeer;
import org.dialtone.ext.Digits;
import org.dialtone.internal.model.ProviderImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sip provider comes into service, names its users as addresses and terminals, and after
 * shutdown holds no thread and no socket; one that cannot listen is unavailable with the reason.
 */
class SipProviderLifecycleTest {

    @Test
    void providerWithoutRegistrarIsInServiceWithItsUsersAsAddressesAndTerminals() throws Exception {
        int port = Sipp.freePort();
        Provider provider = new DialtonePeer().getProvider("sip;port=" + port + ";users=alice:pw1,bob");
        try {
            assertThat(provider.getState()).isEqualTo(Provider.IN_SERVICE);
            assertThat(provider.getAddresses()).extracting(a -> a.getName()).containsExactly("alice", "bob");
            assertThat(provider.getTerminals()).extracting(t -> t.getName()).containsExactly("alice", "bob");
            assertThat(provider.getAddress("alice").getTerminals()).containsExactly(provider.getTerminal("alice"));
            assertThat(provider.getName()).as("the name never shows a password")
                    .isEqualTo("sip;port=" + port + ";users=alice:***,bob");
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void shutdownEndsEveryThreadAndFreesThePort() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        int port = Sipp.freePort();
        ProviderImpl provider = (ProviderImpl) new DialtonePeer().getProvider("sip;port=" + port + ";users=alice");

        provider.shutdown();

        assertThat(provider.isStopped()).isTrue();
        assertThat(threadsStartedSince(before)).as("threads left by the provider").isEmpty();
        try (DatagramSocket again = new DatagramSocket(port, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"udp", "tcp"})
    void shutdownAfterACallEndsEveryThreadAndFreesThePort(String transport) throws Exception {
        Sipp.assumeInstalled();
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        int port = Sipp.freePort();
        try (Sipp far = Sipp.server("uas-answer.xml", Sipp.freePort(), transport)) {
            ProviderImpl provider = (ProviderImpl) new DialtonePeer().getProvider("sip;port=" + port
                    + ";users=alice;transport=" + transport + ";proxy=127.0.0.1:" + far.port());
            Connection[] parts = provider.createCall().connect(provider.getTerminal("alice"),
                    provider.getAddress("alice"), "far");
            awaitState(parts[1], Connection.CONNECTED);

            provider.shutdown();

            far.assertSucceeded(Duration.ofSeconds(10)); // it got our BYE
            assertThat(provider.isStopped()).isTrue();
        }
        assertThat(threadsStartedSince(before)).as("threads left by the provider").isEmpty();
        try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
                DatagramSocket udp = new DatagramSocket(port, InetAddress.getByName("127.0.0.1"))) {
            assertThat(tcp.getLocalPort()).isEqualTo(udp.getLocalPort());
        }
    }

    @Test
    void shutdownWhileDigitsGoAsRtpEventsEndsTheRtpThreadsBeforeItReturns() throws Exception {
        Sipp.assumeInstalled();
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        try (RtpDigitsReceiver receiver = new RtpDigitsReceiver(96);
                Sipp far = Sipp.server("uas-answer-takes-rtp-digits.xml", Sipp.freePort(), "udp", "rtpport",
                        String.valueOf(receiver.port()))) {
            ProviderImpl provider = (ProviderImpl) new DialtonePeer().getProvider("sip;port=" + Sipp.freePort()
                    + ";users=alice;proxy=127.0.0.1:" + far.port());
            Connection[] parts = provider.createCall().connect(provider.getTerminal("alice"),
                    provider.getAddress("alice"), "far");
            awaitState(parts[1], Connection.CONNECTED);
            ((Digits) parts[0].getTerminalConnections()[0]).sendDigits("1234567890");
            receiver.awaitDigits(1, Duration.ofSeconds(5)); // the sending thread runs, nine digits still queued

            provider.shutdown();

            // no grace period here: shutdown itself waited for them
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> !before.contains(t) && t.isAlive())
                    .extracting(Thread::getName).noneMatch(name -> name.startsWith("dialtone-rtp"));
            far.assertSucceeded(Duration.ofSeconds(10)); // it got our BYE
        }
    }

    private static void awaitState(Connection connection, int state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (connection.getState() != state) {
            assertThat(System.nanoTime()).as("%s reaches state %s within 5 s", connection, state).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void stackNeedsNoLog4j() {
        assertThatThrownBy(() -> Class.forName("org.apache.log4j.Logger"))
                .as("log4j is not on the classpath, and the stack works without it")
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void portInUseMakesTheProviderUnavailableWithTheReason() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new DialtonePeer().getProvider("sip;port=" + port + ";users=alice"))
                    .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> {
                        assertThat(e.getReason()).isEqualTo(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE);
                        assertThat(e.getMessage()).contains("cannot listen for SIP on udp 127.0.0.1:" + port);
                    });
        }
    }

    @Test
    void badSipStringIsUnavailableNamingTheKey() {
        assertThatThrownBy(() -> new DialtonePeer().getProvider("sip;port=99999;users=alice"))
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT);
                    assertThat(e.getMessage()).isEqualTo("sip key 'port': '99999' is not a port (1 to 65535)");
                });
    }

    /**
     * Threads alive now that were not before, after giving each up to a second to end; the JDK's
     * "process reaper" (which waited for SIPp, and idles a while) is not the provider's.
     */
    private static List<String> threadsStartedSince(Set<Thread> before) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t)) {
                t.join(1000);
            }
        }
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.getName().equals("process reaper"))
                .map(Thread::getName).collect(Collectors.toList());
    }
}
