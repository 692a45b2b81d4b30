package javax.telephony.media;

/**
 * Abstract base for checked exceptions that report a failed media group configuration; may identify
 * the offending {@code ResourceSpec}.
 */
public abstract class MediaConfigException extends MediaServiceException {
    protected ResourceSpec badResourceSpec;

    public MediaConfigException() {
    }

    public MediaConfigException(String string) {
        super(string);
    }

    public MediaConfigException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }

    public ResourceSpec getResourceSpec() {
        throw NotBuilt.member("MediaConfigException.getResourceSpec");
    }
}
