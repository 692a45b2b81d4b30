package javax.telephony.media.messaging;

/** Thrown when an operation names a service that has not been registered. */
public class NotRegisteredException extends ServiceException {
    public NotRegisteredException() {
    }

    public NotRegisteredException(String string) {
        super(string);
    }

    public NotRegisteredException(String string, ServiceEvent serviceEvent) {
        super(string, serviceEvent);
    }
}
