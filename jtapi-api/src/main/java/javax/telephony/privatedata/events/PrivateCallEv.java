package javax.telephony.privatedata.events;

import javax.telephony.events.CallEv;

/** Legacy event delivering vendor-specific private data for a call. */
public interface PrivateCallEv extends CallEv {
    int ID = 601;

    Object getPrivateData();
}
