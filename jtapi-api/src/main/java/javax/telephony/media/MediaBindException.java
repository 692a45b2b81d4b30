package javax.telephony.media;

/**
 * Abstract base for checked exceptions that report failure to bind a {@code MediaService} to, or
 * release it from, a media group.
 */
public abstract class MediaBindException extends MediaServiceException {
    public MediaBindException() {
    }

    public MediaBindException(String string) {
        super(string);
    }

    public MediaBindException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
