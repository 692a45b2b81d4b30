package javax.telephony.events;

/** Legacy call event reporting that a terminal connection is now in an unknown state. */
public interface TermConnUnknownEv extends TermConnEv {
    int ID = 120;
}
