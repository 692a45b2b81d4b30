package javax.telephony.media.messaging;

import javax.telephony.media.MediaException;

/**
 * Base of the checked exceptions thrown by messaging operations; carries the related {@code
 * ServiceEvent}.
 */
public class ServiceException extends MediaException {
    private static final long serialVersionUID = 1L;

    /** Kept typed (as well as in the superclass) so no cast is needed to return it. */
    private final transient ServiceEvent serviceEvent;

    /** Creates an exception with neither message nor event. */
    public ServiceException() {
        this(null, null);
    }

    /** Creates an exception with the given detail message and no event. */
    public ServiceException(String string) {
        this(string, null);
    }

    /** Creates an exception with the given detail message and the event that reports the failure. */
    public ServiceException(String string, ServiceEvent serviceEvent) {
        super(string, serviceEvent);
        this.serviceEvent = serviceEvent;
    }

    /**
     * Returns the event that reported the failure.
     *
     * @return the event given to the constructor, or {@code null} if there was none
     */
    public ServiceEvent getServiceEvent() {
        return serviceEvent;
    }
}
