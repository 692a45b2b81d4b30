package javax.telephony.privatedata.events;

import javax.telephony.events.TermEv;

/** Legacy event delivering vendor-specific private data for a terminal. */
public interface PrivateTermEv extends TermEv {
    int ID = 603;

    Object getPrivateData();
}
