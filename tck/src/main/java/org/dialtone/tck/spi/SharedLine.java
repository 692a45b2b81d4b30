package org.dialtone.tck.spi;

import java.util.List;
import java.util.Objects;

/**
 * An address that rings on two or more terminals (a shared line), for the join and leave tests.
 *
 * @param address the shared address
 * @param terminals at least two terminals that carry it
 */
public record SharedLine(String address, List<String> terminals) {
    /** Checks the names and that there are at least two distinct terminals. */
    public SharedLine {
        Line.requireName(address, "shared line address");
        terminals = List.copyOf(Objects.requireNonNull(terminals, "terminals"));
        terminals.forEach(t -> Line.requireName(t, "shared line terminal"));
        if (terminals.stream().distinct().count() < 2) {
            throw new IllegalArgumentException("shared line " + address + " needs two distinct terminals, got "
                    + terminals);
        }
    }
}
