package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** RFC 3261 section 14.1's waits before a re-INVITE answered 491 goes again. */
class ReinviteGlareTest {
    /** A source that answers {@code bound - 1} (the highest choice) or 0 (the lowest). */
    private static RandomGenerator fixed(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }

    @Test
    void ownerOfTheCallIdWaitsFrom2point1To4Seconds() {
        assertThat(ReinviteGlare.retryDelay(true, fixed(false))).isEqualTo(Duration.ofMillis(2100));
        assertThat(ReinviteGlare.retryDelay(true, fixed(true))).isEqualTo(Duration.ofMillis(4000));
    }

    @Test
    void otherSideWaitsFrom0To2Seconds() {
        assertThat(ReinviteGlare.retryDelay(false, fixed(false))).isEqualTo(Duration.ZERO);
        assertThat(ReinviteGlare.retryDelay(false, fixed(true))).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void randomWaitsStayInTheirRangesInStepsOf10Ms() {
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 1000; i++) {
            long owner = ReinviteGlare.retryDelay(true, random).toMillis();
            long other = ReinviteGlare.retryDelay(false, random).toMillis();
            assertThat(owner).isBetween(2100L, 4000L);
            assertThat(other).isBetween(0L, 2000L);
            assertThat(owner % 10).isZero();
            assertThat(other % 10).isZero();
        }
    }
}
