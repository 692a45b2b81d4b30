package javax.telephony.media;

/**
 * Checked exception thrown when a resource operation fails; carries the {@code ResourceEvent}
 * describing the failure.
 */
public class MediaResourceException extends MediaException {
    private static final long serialVersionUID = 1L;

    /** Kept typed (as well as in the superclass) so no cast is needed to return it. */
    private final transient ResourceEvent resourceEvent;

    /** Creates an exception with neither message nor event. */
    public MediaResourceException() {
        this((String) null, null);
    }

    /** Creates an exception with the given detail message and no event. */
    public MediaResourceException(String string) {
        this(string, null);
    }

    /** Creates an exception with the given detail message and the event that reports the failure. */
    public MediaResourceException(String string, ResourceEvent resourceEvent) {
        super(string, resourceEvent);
        this.resourceEvent = resourceEvent;
    }

    /**
     * Creates an exception for the failure that the given event reports; the detail message is
     * built from the event's ID and error.
     */
    public MediaResourceException(ResourceEvent resourceEvent) {
        this(describe("resource operation failed", resourceEvent), resourceEvent);
    }

    /**
     * Returns the event that reported the failed resource operation.
     *
     * @return the event given to the constructor, or {@code null} if there was none
     */
    public ResourceEvent getResourceEvent() {
        return resourceEvent;
    }

    /**
     * Builds a detail message: {@code summary}, then the event's ID, error and sub-error where the
     * event has them. Shared with {@link DisconnectedException}.
     */
    static String describe(String summary, ResourceEvent event) {
        StringBuilder message = new StringBuilder(summary);
        if (event == null) {
            return message.toString();
        }
        Symbol eventId = event.getEventID();
        if (eventId != null) {
            message.append(": event ").append(eventId);
        }
        Symbol error = event.getError();
        if (error != null) {
            message.append(eventId != null ? ", error " : ": error ").append(error);
            int subError = event.getSubError();
            if (subError != 0) {
                message.append(" (sub-error ").append(subError).append(')');
            }
        }
        return message.toString();
    }
}
