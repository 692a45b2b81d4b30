package javax.telephony.media.messaging;

import javax.telephony.media.MediaEvent;
import javax.telephony.media.MediaException;

/**
 * Base of the checked exceptions thrown by messaging operations; carries the related {@code
 * ServiceEvent}.
 */
public class ServiceException extends MediaException {
    public ServiceException() {
    }

    public ServiceException(String string) {
        super(string);
    }

    public ServiceException(String string, ServiceEvent serviceEvent) {
        super(string, serviceEvent);
    }

    public ServiceEvent getServiceEvent() {
        throw NotBuilt.member("ServiceException.getServiceEvent");
    }
}
