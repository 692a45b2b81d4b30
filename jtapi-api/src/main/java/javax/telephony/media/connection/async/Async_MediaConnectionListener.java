package javax.telephony.media.connection.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.connection.MediaConnectionEvent;

/** Listener told when an asynchronous connect, disconnect or data-flow change has finished. */
public interface Async_MediaConnectionListener extends MediaListener {
    void onConnectDone(MediaConnectionEvent mediaConnectionEvent);

    void onDisconnectDone(MediaConnectionEvent mediaConnectionEvent);

    void onSetDataFlowDone(MediaConnectionEvent mediaConnectionEvent);
}
