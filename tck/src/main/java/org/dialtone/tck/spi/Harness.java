package org.dialtone.tck.spi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.telephony.Provider;

/**
 * Describes a provider under test: how to get it, and what the kit may do with it. The kit opens a
 * fresh provider for every test ({@code JtapiPeerFactory.getJtapiPeer(peerClassName())
 * .getProvider(providerString())}) and shuts it down afterwards.
 *
 * <p>Only the first four methods are required. Each optional part that is absent makes the kit skip
 * the tests that need it (reported as skipped, with the reason), never fail them.
 */
public interface Harness {

    /** The fully qualified name of the provider's {@code javax.telephony.JtapiPeer} class. */
    String peerClassName();

    /** The string given to {@code JtapiPeer.getProvider}. */
    String providerString();

    /**
     * At least three distinct local addresses, each with one of its terminals, that the kit may
     * call from and to. They should be idle and not forwarded, and ring until answered.
     */
    List<Line> lines();

    /**
     * A number beyond the provider that the kit may call, or empty. Without a far end it should
     * ring (or at least not fail) for a few seconds.
     */
    Optional<String> externalNumber();

    /** A route point: an address with no terminal whose calls the application accepts or rejects. */
    default Optional<String> routePoint() {
        return Optional.empty();
    }

    /** A shared line: an address carried by two or more terminals. */
    default Optional<SharedLine> sharedLine() {
        return Optional.empty();
    }

    /**
     * An address calls may be parked at (a park orbit, on switches that have them); empty to park at
     * the third line, as on switches where any address can hold a parked call.
     */
    default Optional<String> parkAddress() {
        return Optional.empty();
    }

    /** The name of a pickup group that holds the second and third lines, for group pickup. */
    default Optional<String> pickupGroup() {
        return Optional.empty();
    }

    /**
     * The driver that plays the far ends for {@code provider}, just opened; empty to run with JTAPI
     * calls between local lines only.
     */
    default Optional<FarEnd> farEnd(Provider provider) {
        return Optional.empty();
    }

    /** How long the kit waits for an event or a state before it fails the test. */
    default Duration eventTimeout() {
        return Duration.ofSeconds(5);
    }

    /** Called after the kit shut down {@code provider}, to release what the harness made for it. */
    default void released(Provider provider) {
    }

    /** A one-line description for reports: by default the provider string and the peer. */
    default String description() {
        return providerString() + " on " + peerClassName();
    }
}
