package javax.telephony.media.messaging;

import javax.telephony.media.MediaListener;

/** Listener told when an asynchronous request or close on a {@code NamedService} has finished. */
public interface Async_NamedServiceListener extends MediaListener {
    void onCloseDone(ServiceEvent serviceEvent);

    void onRequestDone(ServiceEvent serviceEvent);
}
