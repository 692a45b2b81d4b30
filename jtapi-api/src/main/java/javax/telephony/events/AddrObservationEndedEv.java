package javax.telephony.events;

/**
 * Legacy event telling an address observer that it will receive no more events for that address.
 */
public interface AddrObservationEndedEv extends AddrEv {
    int ID = 100;
}
