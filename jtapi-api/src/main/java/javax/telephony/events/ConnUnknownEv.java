package javax.telephony.events;

/** Legacy call event reporting that a connection is now in an unknown state. */
public interface ConnUnknownEv extends ConnEv {
    int ID = 110;
}
