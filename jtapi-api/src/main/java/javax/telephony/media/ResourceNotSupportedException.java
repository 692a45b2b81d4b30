package javax.telephony.media;

/**
 * Thrown when a configuration asks for a resource type or feature that the platform does not
 * provide.
 */
public class ResourceNotSupportedException extends MediaConfigException {
    public ResourceNotSupportedException() {
    }

    public ResourceNotSupportedException(String string) {
        super(string);
    }

    public ResourceNotSupportedException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
