package javax.telephony.events;

/** Legacy call event reporting that a connection is now disconnected. */
public interface ConnDisconnectedEv extends ConnEv {
    int ID = 107;
}
