package org.dialtone.tck.spi;

import java.util.Optional;
import javax.telephony.Provider;

/**
 * Makes the far-end driver for a provider the kit has just opened. A harness file names an
 * implementation (with a public no-argument constructor) in its {@code far-end} key.
 */
@FunctionalInterface
public interface FarEndFactory {
    /** The driver for {@code provider}, or empty if this factory cannot drive it. */
    Optional<FarEnd> open(Provider provider);
}
