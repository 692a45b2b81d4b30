package org.dialtone.samples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * A sample's command line: {@code PEER PROVIDER-STRING WORD... [--name=value]...}. {@code PEER} is
 * the JtapiPeer class name ({@code default} asks JtapiPeerFactory for its default peer), the
 * provider string goes to {@link JtapiPeer#getProvider(String)} unchanged, and the words are the
 * sample's own (addresses, numbers). This is all a sample knows of the provider it runs on.
 */
public final class SampleArgs {
    /** Exit status of a sample whose command line does not fit its usage (sysexits' EX_USAGE). */
    public static final int EXIT_USAGE = 64;
    /** Exit status of a sample that could not do its work: no peer, no provider, a bad address. */
    public static final int EXIT_FAILURE = 1;

    private static final Duration IN_SERVICE_TIMEOUT = Duration.ofSeconds(10);

    private final String peer;
    private final String providerString;
    private final List<String> words;
    private final Map<String, String> options;

    private SampleArgs(String peer, String providerString, List<String> words, Map<String, String> options) {
        this.peer = peer;
        this.providerString = providerString;
        this.words = words;
        this.options = options;
    }

    /**
     * Reads a command line.
     *
     * @param minWords how many words the sample needs after the provider string
     * @param optionNames the {@code --name=value} options the sample knows
     * @throws IllegalArgumentException naming what is wrong: too few words, an unknown or repeated
     *     option, an option without a value
     */
    public static SampleArgs parse(String[] args, int minWords, Set<String> optionNames) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg == null) {
                throw new IllegalArgumentException("an argument is null");
            }
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!optionNames.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name
                        + (optionNames.isEmpty() ? "" : "; known: --" + String.join(", --", optionNames)));
            }
            if (equals < 0 || equals == arg.length() - 1) {
                throw new IllegalArgumentException("option --" + name + " needs a value: --" + name + "=VALUE");
            }
            if (options.putIfAbsent(name, arg.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("option --" + name + " is given twice");
            }
        }
        if (positional.size() < 2 + minWords) {
            throw new IllegalArgumentException("expected the peer class, the provider string and " + minWords
                    + " more argument" + (minWords == 1 ? "" : "s") + ", got " + positional.size() + " argument"
                    + (positional.size() == 1 ? "" : "s"));
        }
        return new SampleArgs(positional.get(0), positional.get(1),
                List.copyOf(positional.subList(2, positional.size())), Collections.unmodifiableMap(options));
    }

    /** The provider string, as given. */
    public String providerString() {
        return providerString;
    }

    /** The words after the provider string. */
    public List<String> words() {
        return words;
    }

    /** The value of option {@code --name}, if given. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * Option {@code --name} read as a number of seconds (decimals allowed), or {@code otherwise}.
     *
     * @throws IllegalArgumentException if the value is not a positive number
     */
    public Duration seconds(String name, Duration otherwise) {
        Optional<String> value = option(name);
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            double seconds = Double.parseDouble(value.get());
            if (!(seconds > 0) || seconds > 86_400 * 365) {
                throw new IllegalArgumentException("--" + name + "=" + value.get()
                        + " must be a positive number of seconds, at most a year");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + value.get() + " is not a number of seconds");
        }
    }

    /**
     * Gets the peer, asks it for a provider and waits until the provider is in service.
     *
     * @throws JtapiPeerUnavailableException if the peer class cannot be loaded
     * @throws IllegalStateException if the provider does not come into service within 10 seconds
     * @throws javax.telephony.ProviderUnavailableException if the peer refuses the provider string
     */
    public Provider openProvider() throws JtapiPeerUnavailableException {
        JtapiPeer jtapiPeer = JtapiPeerFactory.getJtapiPeer("default".equals(peer) ? null : peer);
        Provider provider = jtapiPeer.getProvider(providerString);
        awaitInService(provider);
        return provider;
    }

    /** Some providers come back from getProvider before they are in service; this waits for it. */
    private static void awaitInService(Provider provider) {
        if (provider.getState() == Provider.IN_SERVICE) {
            return;
        }
        CountDownLatch inService = new CountDownLatch(1);
        ProviderListener listener = new ProviderListener() {
            @Override
            public void providerInService(ProviderEvent event) {
                inService.countDown();
            }

            @Override
            public void providerOutOfService(ProviderEvent event) {
            }

            @Override
            public void providerShutdown(ProviderEvent event) {
            }

            @Override
            public void providerEventTransmissionEnded(ProviderEvent event) {
            }
        };
        try {
            provider.addProviderListener(listener);
            if (provider.getState() != Provider.IN_SERVICE
                    && !inService.await(IN_SERVICE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the provider did not come into service within "
                        + IN_SERVICE_TIMEOUT.toSeconds() + " s (state "
                        + Names.providerState(provider.getState()) + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the provider to come into service", e);
        } catch (javax.telephony.MethodNotSupportedException | javax.telephony.ResourceUnavailableException e) {
            throw new IllegalStateException("the provider is not in service and cannot be listened to: " + e, e);
        } finally {
            provider.removeProviderListener(listener);
        }
    }

    /**
     * The provider's address {@code name}.
     *
     * @throws IllegalArgumentException if the provider has no such address
     */
    public static Address address(Provider provider, String name) {
        try {
            return provider.getAddress(name);
        } catch (InvalidArgumentException e) {
            throw new IllegalArgumentException("the provider has no address '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * The terminal named {@code name}, or the first terminal of {@code address} when name is empty.
     *
     * @throws IllegalArgumentException if there is no such terminal, or the address has none
     */
    public static Terminal terminal(Provider provider, Address address, Optional<String> name) {
        if (name.isPresent()) {
            try {
                return provider.getTerminal(name.get());
            } catch (InvalidArgumentException e) {
                throw new IllegalArgumentException("the provider has no terminal '" + name.get() + "': "
                        + e.getMessage(), e);
            }
        }
        Terminal[] terminals = address.getTerminals();
        if (terminals == null || terminals.length == 0) {
            throw new IllegalArgumentException("address " + address.getName() + " has no terminal");
        }
        return terminals[0];
    }
}
