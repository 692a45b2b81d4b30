package javax.telephony.events;

/** Legacy call event reporting that a new connection has been created in the idle state. */
public interface ConnCreatedEv extends ConnEv {
    int ID = 106;
}
