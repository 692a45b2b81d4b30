package javax.telephony.privatedata.events;

import javax.telephony.events.AddrEv;

/** Legacy event delivering vendor-specific private data for an address. */
public interface PrivateAddrEv extends AddrEv {
    int ID = 600;

    Object getPrivateData();
}
