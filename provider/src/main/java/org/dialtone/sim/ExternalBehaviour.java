package org.dialtone.sim;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What a party beyond the switch does when the switch calls it: answer (at once or after a
 * delay), be busy, ring without answering, reject the call, or not exist at all.
 *
 * <p>Immutable. {@link #toString()} gives the behaviour as a switch description file writes it,
 * e.g. {@code answer after 2000ms} or {@code no-answer}.
 */
public final class ExternalBehaviour {

    /** The kinds of behaviour. */
    public enum Kind {
        /** The party answers, possibly after {@link ExternalBehaviour#answerDelay()}. */
        ANSWER,
        /** The party is busy: the call fails at once. */
        BUSY,
        /** The party rings and never answers; the caller gives up or the call is redirected. */
        NO_ANSWER,
        /** The party declines the call. */
        REJECT,
        /** No such party: the number does not exist. */
        UNKNOWN;

        /** The kind's keyword in a switch description file, e.g. {@code no-answer}. */
        String keyword() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Answers at once. */
    public static final ExternalBehaviour ANSWER = new ExternalBehaviour(Kind.ANSWER, Duration.ZERO);
    /** Is busy. */
    public static final ExternalBehaviour BUSY = new ExternalBehaviour(Kind.BUSY, Duration.ZERO);
    /** Rings and never answers. */
    public static final ExternalBehaviour NO_ANSWER = new ExternalBehaviour(Kind.NO_ANSWER, Duration.ZERO);
    /** Declines the call. */
    public static final ExternalBehaviour REJECT = new ExternalBehaviour(Kind.REJECT, Duration.ZERO);
    /** Does not exist. */
    public static final ExternalBehaviour UNKNOWN = new ExternalBehaviour(Kind.UNKNOWN, Duration.ZERO);

    /** A bound that keeps delays in milliseconds far from overflow; no test rings for a year. */
    private static final Duration MAX_DELAY = Duration.ofDays(366);

    private final Kind kind;
    private final Duration answerDelay;

    private ExternalBehaviour(Kind kind, Duration answerDelay) {
        this.kind = kind;
        this.answerDelay = answerDelay;
    }

    /**
     * Rings for {@code delay}, then answers. A zero delay is the same as {@link #ANSWER}.
     *
     * @throws IllegalArgumentException if the delay is negative, longer than a year or not a whole
     *     number of milliseconds
     */
    public static ExternalBehaviour answerAfter(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("answer delay " + delay + " is negative");
        }
        if (delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("answer delay " + delay + " is longer than a year");
        }
        if (delay.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("answer delay " + delay + " is not a whole number of milliseconds");
        }
        return delay.isZero() ? ANSWER : new ExternalBehaviour(Kind.ANSWER, delay);
    }

    /** What the party does. */
    public Kind kind() {
        return kind;
    }

    /** How long the party rings before answering; zero unless the kind is {@link Kind#ANSWER}. */
    public Duration answerDelay() {
        return answerDelay;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ExternalBehaviour)) {
            return false;
        }
        ExternalBehaviour that = (ExternalBehaviour) other;
        return kind == that.kind && answerDelay.equals(that.answerDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, answerDelay);
    }

    /** The behaviour as a switch description file writes it, e.g. {@code answer after 2000ms}. */
    @Override
    public String toString() {
        if (answerDelay.isZero()) {
            return kind.keyword();
        }
        return kind.keyword() + " after " + answerDelay.toMillis() + "ms";
    }
}
