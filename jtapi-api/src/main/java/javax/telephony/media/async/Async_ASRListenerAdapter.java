package javax.telephony.media.async;

import javax.telephony.media.ASREvent;
import javax.telephony.media.ASRListener;

/**
 * Convenience class with empty implementations of all ASR listener methods, both completion and
 * unsolicited, for subclassing.
 */
public class Async_ASRListenerAdapter implements ASRListener, Async_ASRListener {
    public Async_ASRListenerAdapter() {
    }

    public void onContextCopyDone(ASREvent aSREvent) {
    }

    public void onContextCreateDone(ASREvent aSREvent) {
    }

    public void onContextGetParametersDone(ASREvent aSREvent) {
    }

    public void onContextRemoveDone(ASREvent aSREvent) {
    }

    public void onContextSetParametersDone(ASREvent aSREvent) {
    }

    public void onGetFinalResultsDone(ASREvent aSREvent) {
    }

    public void onGetResultsDone(ASREvent aSREvent) {
    }

    public void onGetRuleExpansionDone(ASREvent aSREvent) {
    }

    public void onIdleDone(ASREvent aSREvent) {
    }

    public void onIntermediateResultsReady(ASREvent aSREvent) {
    }

    public void onInvalidUtterance(ASREvent aSREvent) {
    }

    public void onRecognitionStarted(ASREvent aSREvent) {
    }

    public void onRecognizeDone(ASREvent aSREvent) {
    }

    public void onSetRuleExpansionDone(ASREvent aSREvent) {
    }

    public void onStartDone(ASREvent aSREvent) {
    }

    public void onStopDone(ASREvent aSREvent) {
    }

    public void onUpdateParametersDone(ASREvent aSREvent) {
    }

    public void onValidUtterance(ASREvent aSREvent) {
    }

    public void onWordCommitDone(ASREvent aSREvent) {
    }

    public void onWordCreateDone(ASREvent aSREvent) {
    }

    public void onWordDeleteLastUtteranceDone(ASREvent aSREvent) {
    }

    public void onWordDeleteTrainingDone(ASREvent aSREvent) {
    }

    public void onWordDestroyDone(ASREvent aSREvent) {
    }

    public void onWordTrainDone(ASREvent aSREvent) {
    }
}
