package javax.telephony.events;

/** Legacy provider event telling a provider observer that it will receive no more events. */
public interface ProvObservationEndedEv extends ProvEv {
    int ID = 112;
}
