package javax.telephony.privatedata.events;

import javax.telephony.events.ProvEv;

/** Legacy event delivering vendor-specific private data for the provider. */
public interface PrivateProvEv extends ProvEv {
    int ID = 602;

    Object getPrivateData();
}
