package javax.telephony.callcontrol.events;

/** Legacy call control event reporting that a connection is now disconnected from the call. */
public interface CallCtlConnDisconnectedEv extends CallCtlConnEv {
    int ID = 205;
}
