package javax.telephony.callcontrol;

import static javax.telephony.callcontrol.CallControlForwarding.ALL_CALLS;
import static javax.telephony.callcontrol.CallControlForwarding.EXTERNAL_CALLS;
import static javax.telephony.callcontrol.CallControlForwarding.FORWARD_ON_BUSY;
import static javax.telephony.callcontrol.CallControlForwarding.FORWARD_ON_NOANSWER;
import static javax.telephony.callcontrol.CallControlForwarding.FORWARD_UNCONDITIONALLY;
import static javax.telephony.callcontrol.CallControlForwarding.INTERNAL_CALLS;
import static javax.telephony.callcontrol.CallControlForwarding.SPECIFIC_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallControlForwardingTest {

    // --- constructors and getters ---------------------------------------------------------------

    @Test
    void destinationOnlyForwardsAllCallsUnconditionally() {
        CallControlForwarding rule = new CallControlForwarding("4711");

        assertThat(rule.getDestinationAddress()).isEqualTo("4711");
        assertThat(rule.getType()).isEqualTo(FORWARD_UNCONDITIONALLY);
        assertThat(rule.getFilter()).isEqualTo(ALL_CALLS);
        assertThat(rule.getSpecificCaller()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {FORWARD_UNCONDITIONALLY, FORWARD_ON_BUSY, FORWARD_ON_NOANSWER})
    void typedRuleKeepsTypeAndAppliesToAllCalls(int type) {
        CallControlForwarding rule = new CallControlForwarding("4711", type);

        assertThat(rule.getDestinationAddress()).isEqualTo("4711");
        assertThat(rule.getType()).isEqualTo(type);
        assertThat(rule.getFilter()).isEqualTo(ALL_CALLS);
        assertThat(rule.getSpecificCaller()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {FORWARD_UNCONDITIONALLY, FORWARD_ON_BUSY, FORWARD_ON_NOANSWER})
    void trueFlagForwardsOnlyInternalCalls(int type) {
        CallControlForwarding rule = new CallControlForwarding("4711", type, true);

        assertThat(rule.getType()).isEqualTo(type);
        assertThat(rule.getFilter()).isEqualTo(INTERNAL_CALLS);
        assertThat(rule.getSpecificCaller()).isNull();
    }

    @Test
    void falseFlagForwardsOnlyExternalCalls() {
        CallControlForwarding rule = new CallControlForwarding("4711", FORWARD_ON_BUSY, false);

        assertThat(rule.getDestinationAddress()).isEqualTo("4711");
        assertThat(rule.getType()).isEqualTo(FORWARD_ON_BUSY);
        assertThat(rule.getFilter()).isEqualTo(EXTERNAL_CALLS);
        assertThat(rule.getSpecificCaller()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {FORWARD_UNCONDITIONALLY, FORWARD_ON_BUSY, FORWARD_ON_NOANSWER})
    void callerFormForwardsOnlyThatCaller(int type) {
        CallControlForwarding rule = new CallControlForwarding("4711", type, "0815");

        assertThat(rule.getDestinationAddress()).isEqualTo("4711");
        assertThat(rule.getType()).isEqualTo(type);
        assertThat(rule.getFilter()).isEqualTo(SPECIFIC_ADDRESS);
        assertThat(rule.getSpecificCaller()).isEqualTo("0815");
    }

    // --- rejected input -------------------------------------------------------------------------

    @Test
    void nullDestinationIsRejectedByEveryConstructor() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CallControlForwarding(null))
                .withMessageContaining("destination").withMessageContaining("null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding(null, FORWARD_ON_BUSY))
                .withMessageContaining("destination");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding(null, FORWARD_ON_BUSY, true))
                .withMessageContaining("destination");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding(null, FORWARD_ON_BUSY, "0815"))
                .withMessageContaining("destination");
    }

    @Test
    void emptyDestinationIsRejectedByEveryConstructor() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CallControlForwarding(""))
                .withMessageContaining("destination").withMessageContaining("empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("", FORWARD_ON_BUSY))
                .withMessageContaining("empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("", FORWARD_ON_BUSY, false))
                .withMessageContaining("empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("", FORWARD_ON_BUSY, "0815"))
                .withMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1, 99})
    void unknownTypeIsRejectedByEveryTypedConstructor(int type) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("4711", type))
                .withMessageContaining("forwarding type " + type);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("4711", type, true))
                .withMessageContaining("forwarding type " + type);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("4711", type, "0815"))
                .withMessageContaining("forwarding type " + type);
    }

    @Test
    void nullSpecificCallerIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallControlForwarding("4711", FORWARD_ON_BUSY, (String) null))
                .withMessageContaining("caller").withMessageContaining("null");
    }
}
