package javax.telephony.events;

/** Legacy call event reporting that a connection is now alerting. */
public interface ConnAlertingEv extends ConnEv {
    int ID = 104;
}
