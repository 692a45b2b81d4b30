package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.Test;

class EvDataTest {
    private final Call call = Doubles.named(Call.class, "call-1");
    private final Connection conn = Doubles.named(Connection.class, "conn-1");
    private final Address alice = Doubles.named(Address.class, "1001");

    @Test
    void unsetFieldsHaveNeutralDefaults() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, true).build();

        assertThat(data.cause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(data.callControlCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(data.metaCode()).isEqualTo(Ev.META_CALL_PROGRESS);
        assertThat(data.isNewMetaEvent()).isTrue();
        assertThat(data.parties()).isSameAs(CallInfo.NONE);
        assertThat(data.forwarding()).isEmpty();
        assertThat(data.numberInQueue()).isZero();
        assertThat(data.call()).isNull();
        assertThat(data.digits()).isNull();
        assertThat(data.endedObject()).isNull();
    }

    @Test
    void rejectsACallControlCauseAsTheCoreCause() {
        assertThatThrownBy(() -> EvData.builder(CallControlEvent.CAUSE_BUSY,
                Ev.META_CALL_PROGRESS, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cause 203 is not a core cause")
                .hasMessageContaining("CAUSE_BUSY is a call-control cause");
    }

    @Test
    void rejectsAnUnknownMetaCode() {
        assertThatThrownBy(() -> EvData.builder(Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meta code 100");
    }

    @Test
    void rejectsAnUnknownCallControlCause() {
        EvData.Builder builder = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false);

        assertThatThrownBy(() -> builder.callControlCause(Ev.META_CALL_PROGRESS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("call-control cause 129");
    }

    @Test
    void acceptsACoreCauseAsTheCallControlCause() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
                .callControlCause(Ev.CAUSE_NEW_CALL).build();

        assertThat(data.callControlCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
    }

    @Test
    void copiesForwardingOnTheWayInAndOut() {
        CallControlForwarding[] rules = {new CallControlForwarding("2000")};
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false)
                .forwarding(rules).build();
        rules[0] = new CallControlForwarding("3000");
        data.forwarding()[0] = null;

        assertThat(data.forwarding()).hasSize(1);
        assertThat(data.forwarding()[0].getDestinationAddress()).isEqualTo("2000");
    }

    @Test
    void rejectsANullForwardingRule() {
        EvData.Builder builder = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false);

        assertThatThrownBy(() -> builder.forwarding(new CallControlForwarding[] {null}))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("forwarding rule 0 is null");
    }

    @Test
    void nullPartiesMeanNone() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false)
                .parties(null).build();

        assertThat(data.parties()).isSameAs(CallInfo.NONE);
    }

    @Test
    void equalsComparesContent() {
        CallControlForwarding rule = new CallControlForwarding("2000");
        EvData.Builder builder = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, false)
                .call(call).connection(conn).forwarding(new CallControlForwarding[] {rule});

        assertThat(builder.build()).isEqualTo(builder.build())
                .hasSameHashCodeAs(builder.build())
                .isNotEqualTo(builder.digits("12").build());
    }

    @Test
    void toStringNamesCausesAndListsTheObjectsSet() {
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_CALL_PROGRESS, true)
                .callControlCause(CallControlEvent.CAUSE_REDIRECTED).call(call).connection(conn)
                .parties(CallInfo.NONE.withCalling(alice, null)).build();

        assertThat(data).hasToString("EvData[cause=CAUSE_NORMAL ccCause=CAUSE_REDIRECTED"
                + " meta=META_CALL_PROGRESS new call=call-1 conn=conn-1 calling=1001]");
    }
}
