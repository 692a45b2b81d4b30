package javax.telephony.media;

/**
 * Listener for unsolicited events from a speech recognizer, such as recognition started,
 * intermediate results ready, and valid or invalid utterances.
 */
public interface ASRListener extends ResourceListener {
    void onIntermediateResultsReady(ASREvent aSREvent);

    void onInvalidUtterance(ASREvent aSREvent);

    void onRecognitionStarted(ASREvent aSREvent);

    void onValidUtterance(ASREvent aSREvent);
}
