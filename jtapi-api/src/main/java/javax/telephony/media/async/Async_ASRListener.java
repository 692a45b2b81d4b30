package javax.telephony.media.async;

import javax.telephony.media.ASREvent;
import javax.telephony.media.MediaListener;

/** Listener told when each asynchronous speech recognition operation has finished. */
public interface Async_ASRListener extends MediaListener {
    void onContextCopyDone(ASREvent aSREvent);

    void onContextCreateDone(ASREvent aSREvent);

    void onContextGetParametersDone(ASREvent aSREvent);

    void onContextRemoveDone(ASREvent aSREvent);

    void onContextSetParametersDone(ASREvent aSREvent);

    void onGetFinalResultsDone(ASREvent aSREvent);

    void onGetResultsDone(ASREvent aSREvent);

    void onGetRuleExpansionDone(ASREvent aSREvent);

    void onIdleDone(ASREvent aSREvent);

    void onRecognizeDone(ASREvent aSREvent);

    void onSetRuleExpansionDone(ASREvent aSREvent);

    void onStartDone(ASREvent aSREvent);

    void onStopDone(ASREvent aSREvent);

    void onUpdateParametersDone(ASREvent aSREvent);

    void onWordCommitDone(ASREvent aSREvent);

    void onWordCreateDone(ASREvent aSREvent);

    void onWordDeleteLastUtteranceDone(ASREvent aSREvent);

    void onWordDeleteTrainingDone(ASREvent aSREvent);

    void onWordDestroyDone(ASREvent aSREvent);

    void onWordTrainDone(ASREvent aSREvent);
}
