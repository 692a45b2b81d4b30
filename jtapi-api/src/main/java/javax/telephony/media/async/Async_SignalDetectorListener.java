package javax.telephony.media.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.SignalDetectorEvent;

/** Listener told when an asynchronous retrieve-signals or flush-buffer operation has finished. */
public interface Async_SignalDetectorListener extends MediaListener {
    void onFlushBufferDone(SignalDetectorEvent signalDetectorEvent);

    void onRetrieveSignalsDone(SignalDetectorEvent signalDetectorEvent);
}
