package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now queued: the call is waiting in a
 * queue at the address.
 */
public interface CallCtlConnQueuedEv extends CallCtlConnEv {
    int ID = 212;

    int getNumberInQueue();
}
