package javax.telephony.privatedata;

import javax.telephony.Event;

/** Event carrying vendor-specific private data for a provider, address, terminal or call. */
public interface PrivateDataEvent extends Event {
    int PRIVATE_DATA_ADDRESS_EVENT = 600;
    int PRIVATE_DATA_CALL_EVENT = 601;
    int PRIVATE_DATA_PROVIDER_EVENT = 602;
    int PRIVATE_DATA_TERMINAL_EVENT = 603;

    Object getPrivateData();
}
