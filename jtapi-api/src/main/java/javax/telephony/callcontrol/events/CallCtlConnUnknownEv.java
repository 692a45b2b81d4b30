package javax.telephony.callcontrol.events;

/** Legacy call control event reporting that a connection is now in an unknown state. */
public interface CallCtlConnUnknownEv extends CallCtlConnEv {
    int ID = 213;
}
