package javax.telephony.media;

/**
 * Thrown when a bind is requested on a {@code MediaService} that is already bound to a media group.
 */
public class AlreadyBoundException extends MediaBindException {
    public AlreadyBoundException() {
    }

    public AlreadyBoundException(String string) {
        super(string);
    }

    public AlreadyBoundException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
