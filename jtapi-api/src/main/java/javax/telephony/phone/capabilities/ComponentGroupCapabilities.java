package javax.telephony.phone.capabilities;

import javax.telephony.Address;

/** Reports whether a phone component group can be activated, in general or for a given address. */
public interface ComponentGroupCapabilities {
    boolean canActivate();

    boolean canActivate(Address address);
}
