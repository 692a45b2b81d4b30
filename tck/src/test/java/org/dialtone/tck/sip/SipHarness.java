package org.dialtone.tck.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.telephony.Provider;
import org.dialtone.DialtonePeer;
import org.dialtone.tck.spi.FarEnd;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.Line;

/**
 * Dialtone's sip backend as the kit sees it: one provider, listening on 127.0.0.1 with no
 * registrar, whose three users {@code alice}, {@code bob} and {@code carol} call each other (such
 * calls never leave the provider). {@link #withFarEnd()} adds a second sip provider as the
 * outbound proxy, whose user {@value #EXTERNAL} is the external number and whose application is
 * the far-end driver ({@link SipFarEnd}); {@link #plain()} has neither.
 */
public final class SipHarness implements Harness {
    static final String EXTERNAL = "5550100";
    private final int port = freePort();
    private final int farPort = freePort();
    private final boolean withFarEnd;
    private final Map<Provider, SipFarEnd> farEnds = new ConcurrentHashMap<>();

    private SipHarness(boolean withFarEnd) {
        this.withFarEnd = withFarEnd;
    }

    /** Three users calling each other, and a second provider beyond them. */
    public static SipHarness withFarEnd() {
        return new SipHarness(true);
    }

    /** Three users calling each other, nothing beyond. */
    public static SipHarness plain() {
        return new SipHarness(false);
    }

    @Override
    public String peerClassName() {
        return "org.dialtone.DialtonePeer";
    }

    @Override
    public String providerString() {
        return "sip;host=127.0.0.1;port=" + port + ";domain=127.0.0.1;users=alice,bob,carol"
                + (withFarEnd ? ";proxy=127.0.0.1:" + farPort : "");
    }

    @Override
    public List<Line> lines() {
        return List.of(Line.of("alice"), Line.of("bob"), Line.of("carol"));
    }

    @Override
    public Optional<String> externalNumber() {
        return withFarEnd ? Optional.of(EXTERNAL) : Optional.empty();
    }

    @Override
    public Optional<FarEnd> farEnd(Provider provider) {
        if (!withFarEnd) {
            return Optional.empty();
        }
        Provider far = new DialtonePeer().getProvider("sip;host=127.0.0.1;port=" + farPort
                + ";domain=127.0.0.1;users=" + EXTERNAL + ";proxy=127.0.0.1:" + port);
        SipFarEnd farEnd = new SipFarEnd(far, List.of(EXTERNAL));
        farEnds.put(provider, farEnd);
        return Optional.of(farEnd);
    }

    @Override
    public void released(Provider provider) {
        SipFarEnd farEnd = farEnds.remove(provider);
        if (farEnd != null) {
            farEnd.close();
        }
    }

    @Override
    public String description() {
        return "Dialtone sip, three users calling each other within one provider"
                + (withFarEnd ? ", and a second sip provider beyond it as far end" : "");
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
