package javax.telephony;

import java.util.EventListener;

/**
 * Listener that receives call state events and the start and end of single-call and multi-call meta
 * event groups for the calls it watches.
 */
public interface CallListener extends EventListener {
    void callActive(CallEvent callEvent);

    void callEventTransmissionEnded(CallEvent callEvent);

    void callInvalid(CallEvent callEvent);

    void multiCallMetaMergeEnded(MetaEvent metaEvent);

    void multiCallMetaMergeStarted(MetaEvent metaEvent);

    void multiCallMetaTransferEnded(MetaEvent metaEvent);

    void multiCallMetaTransferStarted(MetaEvent metaEvent);

    void singleCallMetaProgressEnded(MetaEvent metaEvent);

    void singleCallMetaProgressStarted(MetaEvent metaEvent);

    void singleCallMetaSnapshotEnded(MetaEvent metaEvent);

    void singleCallMetaSnapshotStarted(MetaEvent metaEvent);
}
