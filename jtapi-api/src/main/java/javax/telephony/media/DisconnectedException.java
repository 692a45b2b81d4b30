package javax.telephony.media;

/**
 * Unchecked exception thrown when a resource operation fails because the media group lost its call
 * or terminal connection.
 */
public class DisconnectedException extends MediaRuntimeException {
    private static final long serialVersionUID = 1L;

    /** Kept typed (as well as in the superclass) so no cast is needed to return it. */
    private final transient ResourceEvent resourceEvent;

    /** Creates an exception with the given detail message and the event that reports the loss. */
    public DisconnectedException(String string, ResourceEvent resourceEvent) {
        super(string, resourceEvent);
        this.resourceEvent = resourceEvent;
    }

    /**
     * Creates an exception for the disconnection that the given event reports; the detail message
     * is built from the event's ID and error.
     */
    public DisconnectedException(ResourceEvent resourceEvent) {
        this(MediaResourceException.describe("media group disconnected", resourceEvent),
                resourceEvent);
    }

    /**
     * Returns the event of the resource operation that the disconnection ended.
     *
     * @return the event given to the constructor, or {@code null} if there was none
     */
    public ResourceEvent getResourceEvent() {
        return resourceEvent;
    }
}
