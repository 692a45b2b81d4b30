package org.dialtone.internal.backend.sip;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a re-INVITE again after the far end answered it 491 Request Pending (glare, RFC 3261
 * section 14.1): the side that owns the Call-ID (it sent the dialog's first INVITE) waits a random
 * time from 2.1 to 4 s, the other side from 0 to 2 s, so that the other side's request usually
 * goes first; both in steps of 10 ms, as the RFC's units are.
 */
final class ReinviteGlare {
    private static final int OWNER_FROM_MILLIS = 2100;
    private static final int OWNER_TO_MILLIS = 4000;
    private static final int OTHER_TO_MILLIS = 2000;
    private static final int STEP_MILLIS = 10;

    private ReinviteGlare() {
    }

    /**
     * The wait before the retry.
     *
     * @param ownsCallId whether our side sent the INVITE that made the dialog
     * @param random the source of the wait's randomness
     */
    static Duration retryDelay(boolean ownsCallId, RandomGenerator random) {
        int from = ownsCallId ? OWNER_FROM_MILLIS : 0;
        int to = ownsCallId ? OWNER_TO_MILLIS : OTHER_TO_MILLIS;
        int steps = (to - from) / STEP_MILLIS; // the bounds are both reachable: steps + 1 choices
        return Duration.ofMillis(from + (long) STEP_MILLIS * random.nextInt(steps + 1));
    }
}
