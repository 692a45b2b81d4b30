package javax.telephony.events;

/** Legacy call event reporting that a call has moved to the active state. */
public interface CallActiveEv extends CallEv {
    int ID = 101;
}
