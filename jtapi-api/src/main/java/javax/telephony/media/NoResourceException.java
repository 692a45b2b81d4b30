package javax.telephony.media;

/**
 * Unchecked exception thrown when a method needs a resource that is not present in the current
 * media group configuration.
 */
public class NoResourceException extends MediaRuntimeException {
    public NoResourceException() {
    }

    public NoResourceException(String string) {
        super(string);
    }

    public NoResourceException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
