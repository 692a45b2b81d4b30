package javax.telephony.media.messaging;

import javax.telephony.media.MediaListener;

/**
 * Listener for a named service session: opened, closed, incoming requests and other incoming
 * events.
 */
public interface NamedServiceListener extends MediaListener, MessageConstants {
    void onServiceClosed(ServiceEvent serviceEvent);

    void onServiceEvent(ServiceEvent serviceEvent);

    void onServiceOpened(ServiceEvent serviceEvent);

    void onServiceRequest(ServiceRequestEvent serviceRequestEvent);
}
