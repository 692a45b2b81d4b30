package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HuntPolicyTest {

    @Test
    void namesAreLowerCaseWithHyphens() {
        assertThat(HuntPolicy.values()).extracting(HuntPolicy::toString)
                .containsExactly("linear", "circular", "ring-all", "longest-idle");
    }

    @ParameterizedTest
    @EnumSource(HuntPolicy.class)
    void fromNameFindsEachPolicyByItsName(HuntPolicy policy) {
        assertThat(HuntPolicy.fromName(policy.toString())).isSameAs(policy);
    }

    @Test
    void unknownNameIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> HuntPolicy.fromName("RING_ALL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown hunt policy 'RING_ALL'; expected linear, circular, ring-all or longest-idle");
    }
}
