package javax.telephony.media.messaging;

import javax.telephony.media.async.Async;

/** Non-blocking completion event for messaging operations; can rethrow a service failure. */
public interface Async_ServiceEvent extends Async.Event, ServiceEvent {
    void throwIfServiceException() throws ServiceException;
}
