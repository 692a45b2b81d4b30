package javax.telephony.media.messaging;

/** Thrown when a request sent to a named service fails or is answered with an error. */
public class ServiceRequestException extends ServiceException {
    public ServiceRequestException() {
    }

    public ServiceRequestException(String string) {
        super(string);
    }

    public ServiceRequestException(String string, ServiceEvent serviceEvent) {
        super(string, serviceEvent);
    }
}
