package javax.telephony.events;

/** Legacy call event reporting that a terminal connection is now ringing. */
public interface TermConnRingingEv extends TermConnEv {
    int ID = 119;
}
