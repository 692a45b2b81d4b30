package javax.telephony.media.messaging;

/** Thrown when a message is sent on a named service session that has already been closed. */
public class ServiceClosedException extends ServiceException {
    public ServiceClosedException() {
    }

    public ServiceClosedException(String string) {
        super(string);
    }

    public ServiceClosedException(String string, ServiceEvent serviceEvent) {
        super(string, serviceEvent);
    }
}
