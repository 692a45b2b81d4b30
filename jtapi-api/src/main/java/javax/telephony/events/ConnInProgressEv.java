package javax.telephony.events;

/** Legacy call event reporting that a connection is now in progress. */
public interface ConnInProgressEv extends ConnEv {
    int ID = 109;
}
