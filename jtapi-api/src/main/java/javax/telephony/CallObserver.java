package javax.telephony;

import javax.telephony.events.CallEv;

/**
 * Legacy observer that receives batches of {@code CallEv} events describing changes to a call and
 * its connections; superseded by {@code CallListener}.
 */
public interface CallObserver {
    void callChangedEvent(CallEv[] callEvs);
}
