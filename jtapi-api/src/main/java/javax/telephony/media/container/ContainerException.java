package javax.telephony.media.container;

import javax.telephony.media.MediaException;

/**
 * Thrown when a container or data object operation fails; carries the related {@code
 * ContainerEvent}.
 */
public class ContainerException extends MediaException {
    private static final long serialVersionUID = 1L;

    /** Kept typed (as well as in the superclass) so no cast is needed to return it. */
    private final transient ContainerEvent containerEvent;

    /** Creates an exception with neither message nor event. */
    public ContainerException() {
        this(null, null);
    }

    /** Creates an exception with the given detail message and no event. */
    public ContainerException(String string) {
        this(string, null);
    }

    /** Creates an exception with the given detail message and the event that reports the failure. */
    public ContainerException(String string, ContainerEvent containerEvent) {
        super(string, containerEvent);
        this.containerEvent = containerEvent;
    }

    /**
     * Returns the event that reported the failure.
     *
     * @return the event given to the constructor, or {@code null} if there was none
     */
    public ContainerEvent getContainerEvent() {
        return containerEvent;
    }
}
