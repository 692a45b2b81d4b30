package javax.telephony.mobile;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;

/** Address of a mobile subscription; exposes the subscription ID and the call waiting setting. */
public interface MobileAddress extends Address {
    boolean getCallWaiting() throws MethodNotSupportedException;

    String getSubscriptionId();

    void setCallWaiting(boolean callWaiting) throws MethodNotSupportedException;
}
