package javax.telephony;

import javax.telephony.events.ProvEv;

/**
 * Legacy observer for a {@code Provider} that receives batches of {@code ProvEv} events; superseded
 * by {@code ProviderListener}.
 */
public interface ProviderObserver {
    void providerChangedEvent(ProvEv[] provEvs);
}
