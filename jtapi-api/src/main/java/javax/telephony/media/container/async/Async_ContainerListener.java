package javax.telephony.media.container.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.container.ContainerEvent;

/** Listener told when an asynchronous container operation has finished. */
public interface Async_ContainerListener extends MediaListener {
    void onContainerEventDone(ContainerEvent containerEvent);
}
