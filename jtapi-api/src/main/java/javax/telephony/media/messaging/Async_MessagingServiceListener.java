package javax.telephony.media.messaging;

import javax.telephony.media.MediaListener;

/** Listener told when an asynchronous {@code MessagingService} request has finished. */
public interface Async_MessagingServiceListener extends MediaListener {
    void onServiceDone(ServiceEvent serviceEvent);
}
