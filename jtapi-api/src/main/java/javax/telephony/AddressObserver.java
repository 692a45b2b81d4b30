package javax.telephony;

import javax.telephony.events.AddrEv;

/**
 * Legacy observer for an {@code Address} that receives batches of {@code AddrEv} events; superseded
 * by {@code AddressListener}.
 */
public interface AddressObserver {
    void addressChangedEvent(AddrEv[] addrEvs);
}
