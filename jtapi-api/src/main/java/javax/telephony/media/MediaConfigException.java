package javax.telephony.media;

/**
 * Abstract base for checked exceptions that report a failed media group configuration; may identify
 * the offending {@code ResourceSpec}.
 */
public abstract class MediaConfigException extends MediaServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * The resource spec that could not be satisfied, or {@code null}; set by subclasses or by the
     * provider that throws the exception.
     */
    protected ResourceSpec badResourceSpec;

    public MediaConfigException() {
    }

    public MediaConfigException(String string) {
        super(string);
    }

    public MediaConfigException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }

    /**
     * Returns the resource spec that made the configuration fail.
     *
     * @return the {@code badResourceSpec} field, or {@code null} if no single spec was to blame
     */
    public ResourceSpec getResourceSpec() {
        return badResourceSpec;
    }
}
