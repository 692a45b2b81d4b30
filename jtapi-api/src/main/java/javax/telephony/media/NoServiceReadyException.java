package javax.telephony.media;

/**
 * Thrown when a media group cannot be handed over because no service of the requested name is
 * waiting to receive it.
 */
public class NoServiceReadyException extends MediaBindException {
    public NoServiceReadyException() {
    }

    public NoServiceReadyException(String string) {
        super(string);
    }

    public NoServiceReadyException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
