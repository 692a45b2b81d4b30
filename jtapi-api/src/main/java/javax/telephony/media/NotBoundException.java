package javax.telephony.media;

/**
 * Unchecked exception thrown when an operation needs a bound media group but the {@code
 * MediaService} is not bound.
 */
public class NotBoundException extends MediaRuntimeException {
    public NotBoundException() {
    }

    public NotBoundException(String string) {
        super(string);
    }

    public NotBoundException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
