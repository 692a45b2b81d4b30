package org.dialtone.internal.model;

import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.DialtonePeer;
import org.dialtone.internal.backend.sip.SipBackend;
import org.dialtone.internal.backend.sip.Sipp;

/**
 * One test's provider on the SIP backend, listening on 127.0.0.1 on a port free when it starts,
 * with the users {@code alice} and {@code bob}; the scenario tests' counterpart of {@link SimLab}.
 * {@link #close()} shuts the provider down.
 */
final class SipLab implements AutoCloseable {
    final int port = Sipp.freePort();
    final ProviderImpl provider;

    /** A provider whose calls go through the outbound proxy at {@code proxyPort} (a SIPp far end). */
    SipLab(int proxyPort, String... options) {
        this("proxy=127.0.0.1:" + proxyPort, options);
    }

    /** A provider with the given extra {@code key=value} options (users alice and bob unless they say). */
    SipLab(String option, String... options) {
        StringBuilder text = new StringBuilder("sip;host=127.0.0.1;port=").append(port).append(';').append(option);
        for (String o : options) {
            text.append(';').append(o);
        }
        if (!text.toString().contains(";users=")) {
            text.append(";users=alice,bob");
        }
        provider = (ProviderImpl) new DialtonePeer().getProvider(text.toString());
    }

    SipBackend backend() {
        return (SipBackend) provider.backend();
    }

    Address address(String name) {
        try {
            return provider.getAddress(name);
        } catch (InvalidArgumentException e) {
            throw new AssertionError(e);
        }
    }

    Terminal terminal(String name) {
        try {
            return provider.getTerminal(name);
        } catch (InvalidArgumentException e) {
            throw new AssertionError(e);
        }
    }

    /** A new call from {@code from} (address and terminal of that name) to {@code to}. */
    Connection[] connect(String from, String to) throws Exception {
        return ((CallControlCall) provider.createCall()).connect(terminal(from), address(from), to);
    }

    /**
     * Waits (at most 5 s: a cancelled INVITE is held until its 487 comes) until the backend holds
     * no call, leg or RTP port, and the model no call.
     */
    void awaitNothingHeld() throws InterruptedException {
        String expected = "calls=0 legs=0 rtp=0";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String held;
        while (!(held = backend().holdings()).equals(expected) || provider.getCalls() != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sip backend still holds " + held + "; the model "
                        + provider.holdings());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        provider.shutdown();
    }
}
