package javax.telephony.media;

/**
 * Operations for handing a bound media group to another named service for a while and getting it
 * back, by release or by retrieval.
 */
public interface Delegation extends DelegationConstants {
    DelegationEvent delegateToService(String string, int value, String string2) throws MediaBindException, MediaConfigException;

    boolean isDelegated();

    boolean isOwner();

    void releaseDelegated() throws MediaBindException, NotBoundException, NotDelegatedException;

    void retrieve(Symbol symbol) throws MediaBindException, NotBoundException, NotDelegatedException;
}
