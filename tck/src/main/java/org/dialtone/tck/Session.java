package org.dialtone.tck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.Terminal;
import org.dialtone.tck.spi.FarEnd;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.Line;
import org.dialtone.tck.spi.SharedLine;

/**
 * One provider opened from a harness, with the harness's lines resolved in it and its far-end
 * driver. The kit opens one per test and closes it afterwards, so no test sees another's calls.
 */
public final class Session implements AutoCloseable {
    private final Harness harness;
    private final Provider provider;
    private final List<Phone> phones;
    private final Optional<FarEnd> farEnd;

    private Session(Harness harness, Provider provider, List<Phone> phones, Optional<FarEnd> farEnd) {
        this.harness = harness;
        this.provider = provider;
        this.phones = phones;
        this.farEnd = farEnd;
    }

    /**
     * Loads the harness's peer, gets its provider, waits until it is in service and resolves the
     * harness's lines.
     *
     * @throws ProviderSetupException with a one-line message if any of that fails
     */
    public static Session open(Harness harness) {
        Provider provider = openProvider(harness);
        try {
            List<Phone> phones = new ArrayList<>();
            for (Line line : harness.lines()) {
                phones.add(new Phone(address(provider, line.address()), terminal(provider, line.terminal())));
            }
            return new Session(harness, provider, List.copyOf(phones), harness.farEnd(provider));
        } catch (RuntimeException | Error e) {
            shutdownQuietly(harness, provider);
            throw e;
        }
    }

    /**
     * Loads the peer and gets a provider that is in service.
     *
     * @throws ProviderSetupException with a one-line message if that fails
     */
    public static Provider openProvider(Harness harness) {
        String peerName = harness.peerClassName();
        JtapiPeer peer;
        try {
            peer = JtapiPeerFactory.getJtapiPeer(peerName);
        } catch (JtapiPeerUnavailableException e) {
            throw new ProviderSetupException("cannot load the JTAPI peer " + peerName + ": " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new ProviderSetupException("cannot load the JTAPI peer " + peerName + ": " + e, e);
        }
        Provider provider;
        try {
            provider = peer.getProvider(harness.providerString());
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderSetupException("peer " + peerName + " gives no provider for '"
                    + harness.providerString() + "': " + e.getMessage(), e);
        }
        if (provider == null) {
            throw new ProviderSetupException("peer " + peerName + " returned null for '" + harness.providerString()
                    + "'", null);
        }
        if (!awaitInService(provider, harness.eventTimeout())) {
            int state = provider.getState();
            shutdownQuietly(harness, provider);
            throw new ProviderSetupException("provider '" + harness.providerString() + "' did not come in service within "
                    + harness.eventTimeout().toMillis() + " ms; it is " + States.provider(state), null);
        }
        return provider;
    }

    private static boolean awaitInService(Provider provider, Duration timeout) {
        if (provider.getState() == Provider.IN_SERVICE) {
            return true;
        }
        CountDownLatch inService = new CountDownLatch(1);
        ProviderListener listener = new ProviderListener() {
            @Override
            public void providerInService(ProviderEvent event) {
                inService.countDown();
            }

            @Override
            public void providerEventTransmissionEnded(ProviderEvent event) {
            }

            @Override
            public void providerOutOfService(ProviderEvent event) {
            }

            @Override
            public void providerShutdown(ProviderEvent event) {
            }
        };
        try {
            provider.addProviderListener(listener);
            if (provider.getState() != Provider.IN_SERVICE) {
                inService.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            provider.removeProviderListener(listener);
        }
        return provider.getState() == Provider.IN_SERVICE;
    }

    private static Address address(Provider provider, String name) {
        try {
            return provider.getAddress(name);
        } catch (InvalidArgumentException e) {
            throw new ProviderSetupException("the provider has no address '" + name + "' that the harness names: "
                    + e.getMessage(), e);
        }
    }

    private static Terminal terminal(Provider provider, String name) {
        try {
            return provider.getTerminal(name);
        } catch (InvalidArgumentException e) {
            throw new ProviderSetupException("the provider has no terminal '" + name + "' that the harness names: "
                    + e.getMessage(), e);
        }
    }

    /** The harness this session came from. */
    public Harness harness() {
        return harness;
    }

    /** The provider, in service when the session opened. */
    public Provider provider() {
        return provider;
    }

    /** The harness's lines, resolved. */
    public List<Phone> phones() {
        return phones;
    }

    /** The far-end driver, if the harness has one. */
    public Optional<FarEnd> farEnd() {
        return farEnd;
    }

    /** The route point, resolved, if the harness names one. */
    public Optional<Address> routePoint() {
        return harness.routePoint().map(name -> address(provider, name));
    }

    /** The shared line's address and terminals, resolved, if the harness names one. */
    public Optional<List<Phone>> sharedLine() {
        Optional<SharedLine> line = harness.sharedLine();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Address address = address(provider, line.get().address());
        return Optional.of(line.get().terminals().stream().map(t -> new Phone(address, terminal(provider, t))).toList());
    }

    /** Shuts the provider down and tells the harness. */
    @Override
    public void close() {
        shutdownQuietly(harness, provider);
    }

    private static void shutdownQuietly(Harness harness, Provider provider) {
        try {
            provider.shutdown();
        } catch (RuntimeException e) {
            // A provider that fails to shut down must not hide the test's own result.
        } finally {
            harness.released(provider);
        }
    }
}
