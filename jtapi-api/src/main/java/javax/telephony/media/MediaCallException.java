package javax.telephony.media;

/**
 * Thrown when the call-control part of a bind fails, for example when a call cannot be placed or
 * connected.
 */
public class MediaCallException extends MediaException {
    public MediaCallException() {
    }

    public MediaCallException(String string) {
        super(string);
    }

    public MediaCallException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
