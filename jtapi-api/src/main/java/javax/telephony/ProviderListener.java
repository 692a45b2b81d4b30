package javax.telephony;

import java.util.EventListener;

/**
 * Listener registered on a {@code Provider} to be told when it goes in service, out of service or
 * shuts down, and when event delivery stops.
 */
public interface ProviderListener extends EventListener {
    void providerEventTransmissionEnded(ProviderEvent providerEvent);

    void providerInService(ProviderEvent providerEvent);

    void providerOutOfService(ProviderEvent providerEvent);

    void providerShutdown(ProviderEvent providerEvent);
}
