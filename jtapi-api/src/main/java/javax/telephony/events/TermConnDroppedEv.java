package javax.telephony.events;

/**
 * Legacy call event reporting that a terminal connection is now dropped: the terminal has left the
 * call.
 */
public interface TermConnDroppedEv extends TermConnEv {
    int ID = 117;
}
