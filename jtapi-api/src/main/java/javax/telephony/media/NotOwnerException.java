package javax.telephony.media;

/**
 * Unchecked exception thrown when a {@code MediaService} tries an operation that only the current
 * owner of the media group may perform.
 */
public class NotOwnerException extends MediaRuntimeException {
    public NotOwnerException() {
    }

    public NotOwnerException(String string) {
        super(string);
    }

    public NotOwnerException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
