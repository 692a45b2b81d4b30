package org.dialtone.tck.spi;

import java.util.Objects;

/**
 * A local address the kit may call from and to, and the terminal that carries it.
 *
 * @param address the address name, as {@code Provider.getAddress} takes it and as it is dialled
 * @param terminal the name of a terminal of that address, as {@code Provider.getTerminal} takes it
 */
public record Line(String address, String terminal) {
    /** Checks that both names are present and not blank. */
    public Line {
        requireName(address, "address");
        requireName(terminal, "terminal");
    }

    /** A line whose terminal has the same name as its address, as on many switches. */
    public static Line of(String address) {
        return new Line(address, address);
    }

    static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + what + " name is blank");
        }
    }
}
