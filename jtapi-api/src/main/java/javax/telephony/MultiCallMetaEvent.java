package javax.telephony;

/**
 * Meta event marking the start or end of an operation spanning several calls, such as a merge
 * (conference) or transfer; names the old calls and the resulting call.
 */
public interface MultiCallMetaEvent extends MetaEvent {
    int MULTICALL_META_MERGE_ENDED = 201;
    int MULTICALL_META_MERGE_STARTED = 200;
    int MULTICALL_META_TRANSFER_ENDED = 203;
    int MULTICALL_META_TRANSFER_STARTED = 202;

    Call getNewCall();

    Call[] getOldCalls();
}
