package javax.telephony.media.async;

import javax.telephony.media.RecorderEvent;
import javax.telephony.media.RecorderListener;

/**
 * Convenience class with empty implementations of all recorder listener methods, both completion
 * and unsolicited, for subclassing.
 */
public class Async_RecorderListenerAdapter implements RecorderListener, Async_RecorderListener {
    public Async_RecorderListenerAdapter() {
    }

    public void onPause(RecorderEvent recorderEvent) {
    }

    public void onPauseDone(RecorderEvent recorderEvent) {
    }

    public void onRecordDone(RecorderEvent recorderEvent) {
    }

    public void onResume(RecorderEvent recorderEvent) {
    }

    public void onResumeDone(RecorderEvent recorderEvent) {
    }

    public void onStopDone(RecorderEvent recorderEvent) {
    }
}
