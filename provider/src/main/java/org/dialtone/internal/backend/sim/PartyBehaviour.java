package org.dialtone.internal.backend.sim;

import java.time.Duration;
import java.util.Objects;
import org.dialtone.sim.ExternalBehaviour;

/**
 * What a party does when the sim switch calls it, local or beyond the switch: the vocabulary of
 * {@link ExternalBehaviour} plus {@link Kind#RING}, ringing until someone acts, which is what a
 * local phone does unless a script says otherwise. {@code ExternalBehaviour} stays as it is because
 * it is a value of the switch description file, which has no word for "ring".
 *
 * @param kind what the party does
 * @param answerDelay how long it rings before answering; zero unless the kind is {@link Kind#ANSWER}
 */
public record PartyBehaviour(Kind kind, Duration answerDelay) {

    /** The kinds of behaviour. */
    public enum Kind {
        /** Rings until someone acts: the user at a local phone, the application, or the caller. */
        RING,
        /** Answers, after {@link PartyBehaviour#answerDelay()}. */
        ANSWER,
        /** Is busy: the call fails at once. */
        BUSY,
        /** Rings, and the call fails when the switch's no-answer timeout runs out. */
        NO_ANSWER,
        /** Rings, then declines the call. */
        REJECT,
        /** Does not exist (parties beyond the switch only). */
        UNKNOWN
    }

    /** Rings until someone acts. */
    public static final PartyBehaviour RING = new PartyBehaviour(Kind.RING, Duration.ZERO);
    /** Answers at once. */
    public static final PartyBehaviour ANSWER = new PartyBehaviour(Kind.ANSWER, Duration.ZERO);
    /** Is busy. */
    public static final PartyBehaviour BUSY = new PartyBehaviour(Kind.BUSY, Duration.ZERO);
    /** Rings until the no-answer timeout. */
    public static final PartyBehaviour NO_ANSWER = new PartyBehaviour(Kind.NO_ANSWER, Duration.ZERO);
    /** Declines. */
    public static final PartyBehaviour REJECT = new PartyBehaviour(Kind.REJECT, Duration.ZERO);
    /** Does not exist. */
    public static final PartyBehaviour UNKNOWN = new PartyBehaviour(Kind.UNKNOWN, Duration.ZERO);

    /** Checks that only an answer has a delay, and a valid one. */
    public PartyBehaviour {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answerDelay, "answerDelay");
        if (kind == Kind.ANSWER) {
            ExternalBehaviour.answerAfter(answerDelay); // the same rules as the description file
        } else if (!answerDelay.isZero()) {
            throw new IllegalArgumentException(kind + " takes no answer delay, got " + answerDelay);
        }
    }

    /**
     * Rings for {@code delay}, then answers.
     *
     * @throws IllegalArgumentException for a delay that is negative, longer than a year or not a
     *     whole number of milliseconds
     */
    public static PartyBehaviour answerAfter(Duration delay) {
        return new PartyBehaviour(Kind.ANSWER, delay);
    }

    /** The same behaviour as a plan's {@code behaviour} for a party beyond the switch. */
    public static PartyBehaviour of(ExternalBehaviour behaviour) {
        Objects.requireNonNull(behaviour, "behaviour");
        return switch (behaviour.kind()) {
            case ANSWER -> answerAfter(behaviour.answerDelay());
            case BUSY -> BUSY;
            case NO_ANSWER -> NO_ANSWER;
            case REJECT -> REJECT;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
