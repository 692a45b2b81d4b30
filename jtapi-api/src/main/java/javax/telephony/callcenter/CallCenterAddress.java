package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/**
 * Address with call center features, notably adding a call observer that can also follow calls
 * after they leave the address.
 */
public interface CallCenterAddress extends Address {
    void addCallObserver(CallObserver callObserver, boolean flag) throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
