package javax.telephony.events;

/**
 * Legacy call event reporting that a terminal connection is now active: the terminal is taking part
 * in the call.
 */
public interface TermConnActiveEv extends TermConnEv {
    int ID = 115;
}
