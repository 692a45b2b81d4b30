package org.dialtone.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dialtone.internal.backend.sim.PartyBehaviour;

/**
 * A party of a {@link SimSwitch}, from {@link SimSwitch#party(String)}: the user of a local address
 * or a party beyond the switch.
 *
 * <p>The {@code will...} methods say what the party does when the switch calls it from then on;
 * for a number beyond the switch they override the plan's {@link ExternalBehaviour}. A local party
 * rings until someone acts unless told otherwise. The other methods act now, as the user at a
 * local phone would; the provider then sees the change as if it happened at the switch.
 *
 * <pre>{@code
 * lab.party("5550100").willAnswerAfter(Duration.ofSeconds(2));
 * lab.party("2002").willBeBusy();
 * lab.party("2001").dial("5550100");
 * }</pre>
 *
 * <p>A party that stops being busy (a new script) or whose user is seen at the phone
 * ({@link #hangUp()}) may be owed a call completion: the switch then carries out the callbacks and
 * camp-ons waiting for it.
 *
 * <p>Thread-safe. A party is a view of its switch: two parties for the same number share their
 * behaviour.
 */
public final class Party {
    private static final String DTMF = "0123456789*#ABCD";

    private final SimSwitch owner;
    private final String number;
    private final boolean local;

    Party(SimSwitch owner, String number, boolean local) {
        this.owner = owner;
        this.number = number;
        this.local = local;
    }

    /** The party's number: a local address or an external number. */
    public String number() {
        return number;
    }

    /**
     * Rings until someone acts: the application or this party's user answers, or the caller gives
     * up. What a local party does unless told otherwise.
     */
    public Party willRing() {
        owner.script(number, local ? null : PartyBehaviour.RING);
        return this;
    }

    /**
     * Answers at once (a local party at the first terminal of its address).
     *
     * @throws IllegalStateException for a local address that no terminal carries
     */
    public Party willAnswer() {
        return willAnswerAfter(Duration.ZERO);
    }

    /**
     * Rings for {@code delay}, then answers (a local party at the first terminal of its address).
     *
     * @throws IllegalArgumentException if the delay is negative, longer than a year or not a whole
     *     number of milliseconds
     * @throws IllegalStateException for a local address that no terminal carries
     */
    public Party willAnswerAfter(Duration delay) {
        PartyBehaviour behaviour = PartyBehaviour.answerAfter(Objects.requireNonNull(delay, "delay"));
        if (local) {
            firstTerminal();
        }
        owner.script(number, behaviour);
        return this;
    }

    /** Is busy: a call to it fails at once. */
    public Party willBeBusy() {
        owner.script(number, PartyBehaviour.BUSY);
        return this;
    }

    /**
     * Rings, and the call fails when the switch's {@linkplain SimSwitch#noAnswerTimeout() no-answer
     * timeout} ends.
     */
    public Party willNotAnswer() {
        owner.script(number, PartyBehaviour.NO_ANSWER);
        return this;
    }

    /** Rings, then declines the call. */
    public Party willReject() {
        owner.script(number, PartyBehaviour.REJECT);
        return this;
    }

    /**
     * Does not exist: a call to this number cannot be put through.
     *
     * @throws IllegalStateException for a local party
     */
    public Party willBeUnknown() {
        if (local) {
            throw new IllegalStateException("local address " + number + " exists; only an external number can be unknown");
        }
        owner.script(number, PartyBehaviour.UNKNOWN);
        return this;
    }

    /**
     * The user picks up the call ringing at this address, at its first terminal.
     *
     * @throws IllegalStateException for an external number, an address no terminal carries, or a
     *     switch that no running provider uses
     */
    public void answer() {
        answer(firstTerminal());
    }

    /**
     * The user picks up the call ringing at this address, at {@code terminal} (a shared line).
     *
     * @throws IllegalArgumentException if {@code terminal} does not carry this address
     * @throws IllegalStateException for an external number or a switch that no running provider uses
     */
    public void answer(String terminal) {
        String at = checkTerminal(terminal);
        owner.sendToRinging(number, signals -> signals.phoneAnswered(at, number));
    }

    /**
     * The user hangs up every call of this address at its first terminal.
     *
     * @throws IllegalStateException for an external number, an address no terminal carries, or a
     *     switch that no running provider uses
     */
    public void hangUp() {
        hangUp(firstTerminal());
    }

    /**
     * The user hangs up every call of this address at {@code terminal} (a shared line).
     *
     * @throws IllegalArgumentException if {@code terminal} does not carry this address
     * @throws IllegalStateException for an external number or a switch that no running provider uses
     */
    public void hangUp(String terminal) {
        String at = checkTerminal(terminal);
        owner.sendToAll(signals -> signals.phoneHungUp(at, number));
        owner.userSeen(number); // a user back at the phone may owe a callback (call completion)
    }

    /**
     * Whether the message-waiting lamp of this address's phones is lit, as the application set it
     * with {@code CallControlAddress.setMessageWaiting}; false while no provider uses the switch.
     *
     * @throws IllegalStateException for an external number
     */
    public boolean isMessageWaiting() {
        localTerminals();
        return owner.isMessageWaiting(number);
    }

    /**
     * The user lifts the first terminal of this address and dials {@code destination}: the
     * provider sees a new call from this address.
     *
     * @throws IllegalArgumentException if {@code destination} is empty
     * @throws IllegalStateException for an external number, an address no terminal carries, or a
     *     switch that no running provider uses
     */
    public void dial(String destination) {
        Objects.requireNonNull(destination, "destination");
        if (destination.isEmpty()) {
            throw new IllegalArgumentException("the number to dial is empty");
        }
        String at = firstTerminal();
        owner.sendForNewCall(number, signals -> signals.phoneDialled(at, number, destination));
    }

    /**
     * The party presses keys in its call: the DTMF {@code digits} reach the application, as a
     * {@code org.dialtone.ext.DigitsEvent}, in every call where this party is connected
     * ({@code ESTABLISHED}); elsewhere they are lost, as tones nobody hears.
     *
     * @param digits one or more of {@code 0-9 * # A B C D}
     * @throws IllegalArgumentException if {@code digits} is empty or has another character
     * @throws IllegalStateException if no running provider uses the switch
     */
    public void sendDigits(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty() || !digits.chars().allMatch(c -> DTMF.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("'" + digits + "' are not DTMF digits: use one or more of " + DTMF);
        }
        owner.sendToAll(signals -> signals.digits(number, digits));
    }

    /**
     * Every DTMF digit this party has heard from the application so far
     * ({@code org.dialtone.ext.Digits}), in order, over all its calls; empty if none.
     */
    public String receivedDigits() {
        return owner.receivedDigits(number);
    }

    /**
     * Whether a call holds this party: someone it talks to put the call on hold
     * ({@code CallControlTerminalConnection.hold}) and has not taken it back. The switch carries no
     * media; it answers from what the provider told it.
     */
    public boolean isHeld() {
        return owner.isHeld(number);
    }

    private String firstTerminal() {
        List<String> terminals = localTerminals();
        if (terminals.isEmpty()) {
            throw new IllegalStateException("no terminal carries address " + number);
        }
        return terminals.get(0);
    }

    private String checkTerminal(String terminal) {
        Objects.requireNonNull(terminal, "terminal");
        if (!localTerminals().contains(terminal)) {
            throw new IllegalArgumentException("terminal '" + terminal + "' does not carry address " + number);
        }
        return terminal;
    }

    private List<String> localTerminals() {
        if (!local) {
            throw new IllegalStateException(number
                    + " is beyond the switch; only the user of a local address acts at a phone");
        }
        return owner.plan().terminalsOf(number);
    }

    @Override
    public String toString() {
        return "party " + number + " of " + owner;
    }
}
