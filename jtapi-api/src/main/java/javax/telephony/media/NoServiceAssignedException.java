package javax.telephony.media;

/**
 * Thrown when a requested service name has no service assigned to it, so the media group cannot be
 * routed there.
 */
public class NoServiceAssignedException extends MediaBindException {
    public NoServiceAssignedException() {
    }

    public NoServiceAssignedException(String string) {
        super(string);
    }

    public NoServiceAssignedException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
