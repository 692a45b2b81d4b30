package javax.telephony.media;

/**
 * Thrown when a {@code ConfigSpec} given for binding or configuration is malformed or cannot be
 * interpreted.
 */
public class BadConfigSpecException extends MediaConfigException {
    public BadConfigSpecException() {
    }

    public BadConfigSpecException(String string) {
        super(string);
    }

    public BadConfigSpecException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
