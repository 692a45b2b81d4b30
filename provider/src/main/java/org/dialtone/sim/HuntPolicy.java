package org.dialtone.sim;

import java.util.Locale;
import java.util.Objects;

/**
 * The order in which a hunt group offers a call to its members. In a switch description file
 * each policy is written in lower case with a hyphen, as {@link #toString()} gives it:
 * {@code linear}, {@code circular}, {@code ring-all}, {@code longest-idle}.
 */
public enum HuntPolicy {
    /** Always start with the first member and try each in the order listed. */
    LINEAR,
    /** Start with the member after the one that took the previous call, wrapping around. */
    CIRCULAR,
    /** Ring every free member at once; the first to answer takes the call. */
    RING_ALL,
    /** Offer the call to the free member that has been idle the longest. */
    LONGEST_IDLE;

    /** The policy's name in a switch description file, e.g. {@code ring-all}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The policy written as {@code name} in a switch description file.
     *
     * @throws IllegalArgumentException if no policy has that name
     */
    public static HuntPolicy fromName(String name) {
        Objects.requireNonNull(name, "name");
        for (HuntPolicy policy : values()) {
            if (policy.toString().equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown hunt policy '" + name
                + "'; expected linear, circular, ring-all or longest-idle");
    }
}
