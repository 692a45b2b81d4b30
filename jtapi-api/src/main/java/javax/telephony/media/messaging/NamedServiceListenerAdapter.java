package javax.telephony.media.messaging;

/**
 * Convenience class with empty implementations of all {@code NamedServiceListener} methods, for
 * subclassing.
 */
public class NamedServiceListenerAdapter implements NamedServiceListener {
    public NamedServiceListenerAdapter() {
    }

    public void onServiceClosed(ServiceEvent serviceEvent) {
    }

    public void onServiceEvent(ServiceEvent serviceEvent) {
    }

    public void onServiceOpened(ServiceEvent serviceEvent) {
    }

    public void onServiceRequest(ServiceRequestEvent serviceRequestEvent) {
    }
}
