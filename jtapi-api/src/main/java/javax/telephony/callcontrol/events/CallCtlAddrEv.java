package javax.telephony.callcontrol.events;

import javax.telephony.events.AddrEv;

/** Base legacy call control event about an address. */
public interface CallCtlAddrEv extends CallCtlEv, AddrEv {
}
