package org.dialtone.tck.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.Line;

/**
 * Dialtone's sip backend as the kit sees it: one provider, listening on 127.0.0.1 with no
 * registrar, whose three users {@code alice}, {@code bob} and {@code carol} call each other (such
 * calls never leave the provider). No far-end driver and no external number: a call beyond the
 * provider would need a SIP far end, which the provider's own SIPp tests cover.
 */
public final class SipHarness implements Harness {
    private final int port = freePort();

    @Override
    public String peerClassName() {
        return "org.dialtone.DialtonePeer";
    }

    @Override
    public String providerString() {
        return "sip;host=127.0.0.1;port=" + port + ";domain=127.0.0.1;users=alice,bob,carol";
    }

    @Override
    public List<Line> lines() {
        return List.of(Line.of("alice"), Line.of("bob"), Line.of("carol"));
    }

    @Override
    public Optional<String> externalNumber() {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "Dialtone sip, three users calling each other within one provider";
    }

    /** A port free for both UDP and TCP on 127.0.0.1 when the harness is made. */
    private static int freePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                    return port;
                } catch (IOException taken) {
                    // the TCP side is in use: try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port free for both UDP and TCP on 127.0.0.1");
    }
}
