package javax.telephony.media.container.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.container.DataObjectEvent;

/** Listener told when an asynchronous data object operation has finished. */
public interface Async_DataObjectListener extends MediaListener {
    void onDataObjectEventDone(DataObjectEvent dataObjectEvent);
}
