package javax.telephony.media.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.SignalGeneratorEvent;

/** Listener told when an asynchronous send-signals operation has finished. */
public interface Async_SignalGeneratorListener extends MediaListener {
    void onSendSignalsDone(SignalGeneratorEvent signalGeneratorEvent);
}
