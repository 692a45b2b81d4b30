package javax.telephony.events;

/** Legacy call event reporting that a connection is now failed. */
public interface ConnFailedEv extends ConnEv {
    int ID = 108;
}
