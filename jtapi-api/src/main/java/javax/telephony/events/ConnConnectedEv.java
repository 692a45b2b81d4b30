package javax.telephony.events;

/** Legacy call event reporting that a connection is now connected. */
public interface ConnConnectedEv extends ConnEv {
    int ID = 105;
}
