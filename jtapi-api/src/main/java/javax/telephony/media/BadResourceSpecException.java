package javax.telephony.media;

/**
 * Thrown when one of the {@code ResourceSpec} entries inside a configuration request is invalid.
 */
public class BadResourceSpecException extends BadConfigSpecException {
    public BadResourceSpecException() {
    }

    public BadResourceSpecException(String string) {
        super(string);
    }

    public BadResourceSpecException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
