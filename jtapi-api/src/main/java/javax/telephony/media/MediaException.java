package javax.telephony.media;

/**
 * Abstract root of the checked exceptions in the media API; may carry the {@code MediaEvent} that
 * caused it.
 */
public abstract class MediaException extends Exception {
    public MediaException() {
    }

    public MediaException(String string) {
        super(string);
    }

    public MediaException(String string, MediaEvent mediaEvent) {
        super(string);
    }

    public MediaEvent getEvent() {
        throw NotBuilt.member("MediaException.getEvent");
    }
}
