package javax.telephony.callcontrol.events;

/**
 * Legacy call control address event reporting that the message-waiting state of an address has
 * changed.
 */
public interface CallCtlAddrMessageWaitingEv extends CallCtlAddrEv {
    int ID = 202;

    boolean getMessageWaitingState();
}
