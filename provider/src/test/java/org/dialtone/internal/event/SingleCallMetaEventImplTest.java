package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.SingleCallMetaEvent;
import org.junit.jupiter.api.Test;

class SingleCallMetaEventImplTest {
    private final Call call = Doubles.named(Call.class, "call-1");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheCall() {
        SingleCallMetaEventImpl event = new SingleCallMetaEventImpl(
                SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED, Event.CAUSE_SNAPSHOT, null,
                call);

        assertThat(event.getID()).isEqualTo(SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED);
        assertThat(event.getCause()).isEqualTo(Event.CAUSE_SNAPSHOT);
        assertThat(event.getCall()).isSameAs(call);
        assertThat(event.getSource()).isSameAs(call);
        assertThat(event.getMetaEvent()).isNull();
    }

    @Test
    void rejectsAMultiCallId() {
        assertThatThrownBy(() -> new SingleCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED, Event.CAUSE_NORMAL, null, call))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 200 (MULTICALL_META_MERGE_STARTED)");
    }

    @Test
    void toStringNamesIdCauseAndCall() {
        assertThat(new SingleCallMetaEventImpl(SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED,
                Event.CAUSE_NORMAL, null, call))
                .hasToString("SingleCallMetaEvent[SINGLECALL_META_PROGRESS_ENDED"
                        + " cause=CAUSE_NORMAL call=call-1]");
    }
}
