package javax.telephony.media;

/**
 * Thrown when a requested resource exists on the platform but none is free to be added to the media
 * group.
 */
public class ResourceNotAvailableException extends MediaConfigException {
    public ResourceNotAvailableException() {
    }

    public ResourceNotAvailableException(String string) {
        super(string);
    }

    public ResourceNotAvailableException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
