package javax.telephony.media;

/**
 * Abstract root of the checked exceptions in the media API; may carry the {@code MediaEvent} that
 * caused it.
 */
public abstract class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Transient: events are live provider objects and need not be serializable. */
    private final transient MediaEvent event;

    /** Creates an exception with neither message nor event. */
    public MediaException() {
        this(null, null);
    }

    /** Creates an exception with the given detail message and no event. */
    public MediaException(String string) {
        this(string, null);
    }

    /** Creates an exception with the given detail message and the event that reported the failure. */
    public MediaException(String string, MediaEvent mediaEvent) {
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
