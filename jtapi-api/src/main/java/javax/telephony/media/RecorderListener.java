package javax.telephony.media;

/** Listener for unsolicited {@code Recorder} events: recording paused and resumed. */
public interface RecorderListener extends ResourceListener {
    void onPause(RecorderEvent recorderEvent);

    void onResume(RecorderEvent recorderEvent);
}
