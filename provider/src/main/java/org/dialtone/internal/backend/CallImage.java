package org.dialtone.internal.backend;

import java.util.List;
import java.util.Objects;

/**
 * A call as plain values, for handing it from one provider to another ({@link Backend#handOff},
 * {@link Signals#handedOver}): its parties and, for each connection, its leg, address, state and
 * terminal connections. States are JTAPI's call-control codes ({@code CallControlConnection.*},
 * {@code CallControlTerminalConnection.*}). Immutable.
 *
 * @param callingAddress the address that placed the call, or null if unknown
 * @param callingTerminal the terminal that placed it, or null
 * @param calledAddress the address it was placed to, or null
 * @param lastRedirectedAddress the address that last redirected it, or null
 * @param secure whether it is secured against interruption ({@code org.dialtone.ext.SecureCall})
 * @param legs its connections, in the call's order
 */
public record CallImage(String callingAddress, String callingTerminal, String calledAddress,
        String lastRedirectedAddress, boolean secure, List<Leg> legs) {

    /** Copies the legs. */
    public CallImage {
        legs = List.copyOf(Objects.requireNonNull(legs, "legs"));
    }

    /** The ids of every leg. */
    public List<Long> legIds() {
        return legs.stream().map(Leg::id).toList();
    }

    /**
     * One connection.
     *
     * @param id the leg id both sides know it by
     * @param address its address: a local address or a number beyond the switch
     * @param local whether the address is local
     * @param state its {@code CallControlConnection} state
     * @param phones its terminal connections, in order
     * @param dialled the digits overlap-dialled on it so far (empty if none)
     * @param parkedBy for a call waiting at a park orbit, the address that parked it, else null
     */
    public record Leg(long id, String address, boolean local, int state, List<Phone> phones, String dialled,
            String parkedBy) {
        /** Copies the phones. */
        public Leg {
            Objects.requireNonNull(address, "address");
            phones = List.copyOf(Objects.requireNonNull(phones, "phones"));
            Objects.requireNonNull(dialled, "dialled");
        }

        /** A leg with nothing dialled on it and not parked. */
        public Leg(long id, String address, boolean local, int state, List<Phone> phones) {
            this(id, address, local, state, phones, "", null);
        }
    }

    /**
     * One terminal connection.
     *
     * @param terminal the terminal's name
     * @param state its {@code CallControlTerminalConnection} state
     */
    public record Phone(String terminal, int state) {
        /** Checks the terminal. */
        public Phone {
            Objects.requireNonNull(terminal, "terminal");
        }
    }
}
