package javax.telephony.privatedata;

import javax.telephony.ProviderListener;

/** Provider listener that also receives vendor-specific private data sent by the provider. */
public interface PrivateDataProviderListener extends ProviderListener {
    void providerPrivateData(PrivateDataEvent privateDataEvent);
}
