package javax.telephony.media.container.async;

import javax.telephony.media.async.Async;
import javax.telephony.media.container.ContainerException;
import javax.telephony.media.container.DataObjectEvent;

/**
 * Non-blocking completion event returned by the {@code Async_DataObject} methods; can rethrow a
 * container failure.
 */
public interface Async_DataObjectEvent extends Async.Event, DataObjectEvent {
    void throwIfContainerException() throws ContainerException;
}
