package javax.telephony;

/**
 * Meta event marking the start or end of a group of events about one call, such as normal call
 * progress or a snapshot of its current state.
 */
public interface SingleCallMetaEvent extends MetaEvent {
    int SINGLECALL_META_PROGRESS_ENDED = 211;
    int SINGLECALL_META_PROGRESS_STARTED = 210;
    int SINGLECALL_META_SNAPSHOT_ENDED = 213;
    int SINGLECALL_META_SNAPSHOT_STARTED = 212;

    Call getCall();
}
