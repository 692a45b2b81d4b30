package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import org.junit.jupiter.api.Test;

class MultiCallMetaEventImplTest {
    private final Call conference = Doubles.named(Call.class, "call-1");
    private final Call consultation = Doubles.named(Call.class, "call-2");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheNewCall() {
        MultiCallMetaEventImpl event = new MultiCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED, Event.CAUSE_NORMAL, null,
                conference, new Call[] {conference, consultation});

        assertThat(event.getID()).isEqualTo(MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED);
        assertThat(event.getNewCall()).isSameAs(conference);
        assertThat(event.getSource()).isSameAs(conference);
        assertThat(event.getOldCalls()).containsExactly(conference, consultation);
    }

    @Test
    void oldCallsAreCopiedOnTheWayInAndOut() {
        Call[] old = {consultation};
        MultiCallMetaEventImpl event = new MultiCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED, Event.CAUSE_NORMAL, null,
                conference, old);

        old[0] = conference;
        event.getOldCalls()[0] = null;

        assertThat(event.getOldCalls()).containsExactly(consultation);
    }

    @Test
    void rejectsMissingCalls() {
        assertThatThrownBy(() -> new MultiCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, Event.CAUSE_NORMAL, null,
                conference, new Call[] {consultation, null}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("MultiCallMetaEvent MULTICALL_META_TRANSFER_STARTED:"
                        + " old call 1 is null");
        assertThatThrownBy(() -> new MultiCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, Event.CAUSE_NORMAL, null,
                conference, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageEndingWith("old calls is null");
        assertThatThrownBy(() -> new MultiCallMetaEventImpl(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, Event.CAUSE_NORMAL, null,
                null, new Call[0]))
                .isInstanceOf(NullPointerException.class)
                .hasMessageEndingWith("new call is null");
    }

    @Test
    void toStringNamesIdAndCalls() {
        assertThat(new MultiCallMetaEventImpl(MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED,
                Event.CAUSE_NORMAL, null, conference, new Call[] {consultation}))
                .hasToString("MultiCallMetaEvent[MULTICALL_META_MERGE_ENDED cause=CAUSE_NORMAL"
                        + " newCall=call-1 oldCalls=[call-2]]");
    }
}
