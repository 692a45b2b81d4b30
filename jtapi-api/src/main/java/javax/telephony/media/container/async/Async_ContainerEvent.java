package javax.telephony.media.container.async;

import javax.telephony.media.async.Async;
import javax.telephony.media.container.ContainerEvent;
import javax.telephony.media.container.ContainerException;

/**
 * Non-blocking completion event returned by the {@code Async_ContainerService} methods; can rethrow
 * a container failure.
 */
public interface Async_ContainerEvent extends Async.Event, ContainerEvent {
    void throwIfContainerException() throws ContainerException;
}
