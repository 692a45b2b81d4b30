package javax.telephony.events;

/**
 * Legacy call event telling a call observer that it will receive no more events for the call; names
 * the object whose observation ended.
 */
public interface CallObservationEndedEv extends CallEv {
    int ID = 103;

    Object getEndedObject();
}
