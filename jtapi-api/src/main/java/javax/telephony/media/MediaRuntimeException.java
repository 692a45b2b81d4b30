package javax.telephony.media;

/**
 * Abstract root of the unchecked exceptions in the media API; may carry the related {@code
 * MediaEvent}.
 */
public abstract class MediaRuntimeException extends RuntimeException {
    public MediaRuntimeException() {
    }

    public MediaRuntimeException(String string) {
        super(string);
    }

    public MediaRuntimeException(String string, MediaEvent mediaEvent) {
        super(string);
    }

    public MediaEvent getEvent() {
        throw NotBuilt.member("MediaRuntimeException.getEvent");
    }
}
