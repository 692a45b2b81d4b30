package javax.telephony.events;

/** Legacy call event reporting that a new terminal connection has been created. */
public interface TermConnCreatedEv extends TermConnEv {
    int ID = 116;
}
