package javax.telephony.media.container;

import javax.telephony.media.MediaEvent;
import javax.telephony.media.MediaException;

/**
 * Thrown when a container or data object operation fails; carries the related {@code
 * ContainerEvent}.
 */
public class ContainerException extends MediaException {
    public ContainerException() {
    }

    public ContainerException(String string) {
        super(string);
    }

    public ContainerException(String string, ContainerEvent containerEvent) {
        super(string, containerEvent);
    }

    public ContainerEvent getContainerEvent() {
        throw NotBuilt.member("ContainerException.getContainerEvent");
    }
}
