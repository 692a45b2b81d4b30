package javax.telephony.events;

/**
 * Legacy terminal event telling a terminal observer that it will receive no more events for that
 * terminal.
 */
public interface TermObservationEndedEv extends TermEv {
    int ID = 121;
}
