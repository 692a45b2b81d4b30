package javax.telephony.media;

/** Abstract base for checked exceptions raised by {@code MediaService} operations. */
public abstract class MediaServiceException extends MediaException {
    public MediaServiceException() {
    }

    public MediaServiceException(String string) {
        super(string);
    }

    public MediaServiceException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
