package javax.telephony.media.async;

import javax.telephony.media.DelegationConstants;
import javax.telephony.media.MediaBindException;
import javax.telephony.media.NotBoundException;
import javax.telephony.media.NotDelegatedException;
import javax.telephony.media.NotOwnerException;
import javax.telephony.media.Symbol;

/** Non-blocking form of the {@code Delegation} methods. */
public interface Async_Delegation extends DelegationConstants {
    Async.DelegationEvent async_delegateToService(String string, int value, String string2) throws MediaBindException, NotBoundException, NotOwnerException;

    Async.DelegationEvent async_releaseDelegated() throws MediaBindException, NotBoundException, NotDelegatedException;

    Async.DelegationEvent async_retrieve(Symbol symbol) throws MediaBindException, NotBoundException, NotDelegatedException;
}
