package javax.telephony.media.messaging;

import java.util.Dictionary;
import javax.telephony.media.MediaEvent;
import javax.telephony.media.Symbol;

/**
 * Messaging event that identifies the service name, session and messaging service, and lets the
 * receiver send an event back.
 */
public interface ServiceEvent extends MediaEvent, MessageConstants {
    MessagingService getMessagingService();

    NamedService getNamedService();

    String getServiceName();

    void sendEvent(Symbol symbol, Dictionary dictionary) throws ServiceException;
}
