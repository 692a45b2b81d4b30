package javax.telephony.media;

/** Thrown when a bind or release names a media service that is not known to the provider. */
public class BadServiceNameException extends NoServiceAssignedException {
    public BadServiceNameException() {
    }

    public BadServiceNameException(String string) {
        super(string);
    }

    public BadServiceNameException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
