package javax.telephony.media;

/**
 * Thrown when a delegation-return or retrieve operation is called while the media group is not
 * currently delegated.
 */
public class NotDelegatedException extends MediaException {
    public NotDelegatedException() {
    }

    public NotDelegatedException(String string) {
        super(string);
    }

    public NotDelegatedException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
