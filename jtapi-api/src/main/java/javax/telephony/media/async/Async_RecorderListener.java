package javax.telephony.media.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.RecorderEvent;

/**
 * Listener told when each asynchronous recorder operation (record, stop, pause, resume) has
 * finished.
 */
public interface Async_RecorderListener extends MediaListener {
    void onPauseDone(RecorderEvent recorderEvent);

    void onRecordDone(RecorderEvent recorderEvent);

    void onResumeDone(RecorderEvent recorderEvent);

    void onStopDone(RecorderEvent recorderEvent);
}
