package javax.telephony.media;

/**
 * Thrown when a bind or release is attempted while another bind request on the same {@code
 * MediaService} is still pending.
 */
public class BindInProgressException extends MediaBindException {
    public BindInProgressException() {
    }

    public BindInProgressException(String string) {
        super(string);
    }

    public BindInProgressException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
