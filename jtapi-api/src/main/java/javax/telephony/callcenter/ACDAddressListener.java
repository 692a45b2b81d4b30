package javax.telephony.callcenter;

import javax.telephony.AddressListener;

/**
 * Address listener with callbacks for each agent state change (logged on/off, ready, not ready,
 * work ready, busy, unknown) at an ACD address.
 */
public interface ACDAddressListener extends AddressListener {
    void acdAddressBusy(ACDAddressEvent aCDAddressEvent);

    void acdAddressLoggedOff(ACDAddressEvent aCDAddressEvent);

    void acdAddressLoggedOn(ACDAddressEvent aCDAddressEvent);

    void acdAddressNotReady(ACDAddressEvent aCDAddressEvent);

    void acdAddressReady(ACDAddressEvent aCDAddressEvent);

    void acdAddressUnknown(ACDAddressEvent aCDAddressEvent);

    void acdAddressWorkNotReady(ACDAddressEvent aCDAddressEvent);

    void acdAddressWorkReady(ACDAddressEvent aCDAddressEvent);
}
