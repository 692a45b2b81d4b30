package javax.telephony.media;

/**
 * Event reporting the outcome of a delegation operation, including the return tag, the retrieve
 * cause and whether reconfiguration failed.
 */
public interface DelegationEvent extends DelegationConstants, MediaServiceEvent {
    Symbol getRetrieveCause();

    String getReturnTag();

    boolean reconfigurationFailed();
}
