package org.dialtone.tck;

import javax.telephony.Address;
import javax.telephony.Terminal;

/**
 * A harness line resolved in the provider under test: its address and the terminal the kit uses.
 *
 * @param address the local address
 * @param terminal a terminal of that address
 */
public record Phone(Address address, Terminal terminal) {
    /** The address name, which is also what another phone dials to reach it. */
    public String number() {
        return address.getName();
    }

    @Override
    public String toString() {
        return address.getName() + "@" + terminal.getName();
    }
}
