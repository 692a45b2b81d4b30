package javax.telephony;

/**
 * Base event reporting a change of {@code Provider} state (in service, out of service, shut down)
 * or the end of event delivery for that provider.
 */
public interface ProviderEvent extends Event {
    int PROVIDER_EVENT_TRANSMISSION_ENDED = 112;
    int PROVIDER_IN_SERVICE = 111;
    int PROVIDER_OUT_OF_SERVICE = 113;
    int PROVIDER_SHUTDOWN = 114;

    Provider getProvider();
}
