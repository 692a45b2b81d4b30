package javax.telephony.callcontrol.events;

/** Legacy call control event reporting that a terminal connection is now in an unknown state. */
public interface CallCtlTermConnUnknownEv extends CallCtlTermConnEv {
    int ID = 220;
}
