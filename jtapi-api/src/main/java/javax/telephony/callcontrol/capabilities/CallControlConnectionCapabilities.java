package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/**
 * Reports which call control connection operations are available: accept, reject, redirect, park
 * and adding digits to the address.
 */
public interface CallControlConnectionCapabilities extends ConnectionCapabilities {
    boolean canAccept();

    boolean canAddToAddress();

    boolean canPark();

    boolean canRedirect();

    boolean canReject();
}
