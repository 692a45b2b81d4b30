package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** Reports whether an address supports application-controlled call routing. */
public interface RouteAddressCapabilities extends AddressCapabilities {
    boolean canRouteCalls();
}
