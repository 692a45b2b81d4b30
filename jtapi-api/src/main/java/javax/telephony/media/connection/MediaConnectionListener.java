package javax.telephony.media.connection;

import javax.telephony.media.MediaListener;

/** Listener for unsolicited media connection events: connect, disconnect and data-flow change. */
public interface MediaConnectionListener extends MediaListener {
    void onConnect(MediaConnectionEvent mediaConnectionEvent);

    void onDisconnect(MediaConnectionEvent mediaConnectionEvent);

    void onSetDataFlow(MediaConnectionEvent mediaConnectionEvent);
}
