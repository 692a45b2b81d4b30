package javax.telephony.events;

/**
 * Legacy call event reporting that a terminal connection is now passive: the terminal shares the
 * call without actively taking part.
 */
public interface TermConnPassiveEv extends TermConnEv {
    int ID = 118;
}
