package javax.telephony.privatedata;

import javax.telephony.AddressListener;

/** Address listener that also receives vendor-specific private data sent for an address. */
public interface PrivateDataAddressListener extends AddressListener {
    void addressPrivateData(PrivateDataEvent privateDataEvent);
}
