package javax.telephony.media;

/**
 * Abstract root of the unchecked exceptions in the media API; may carry the related {@code
 * MediaEvent}.
 */
public abstract class MediaRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Transient: events are live provider objects and need not be serializable. */
    private final transient MediaEvent event;

    /** Creates an exception with neither message nor event. */
    public MediaRuntimeException() {
        this(null, null);
    }

    /** Creates an exception with the given detail message and no event. */
    public MediaRuntimeException(String string) {
        this(string, null);
    }

    /** Creates an exception with the given detail message and the event that reported the failure. */
    public MediaRuntimeException(String string, MediaEvent mediaEvent) {
        super(string);
        this.event = mediaEvent;
    }

    /**
     * Returns the event that reported this failure.
     *
     * @return the event given to the constructor, or {@code null} if there was none
     */
    public MediaEvent getEvent() {
        return event;
    }
}
