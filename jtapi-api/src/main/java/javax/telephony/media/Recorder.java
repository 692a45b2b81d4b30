package javax.telephony.media;

import java.util.Dictionary;

/**
 * Resource that records media from the call into a named data object, with pause, resume and stop
 * control.
 */
public interface Recorder extends RecorderConstants, Resource {
    RecorderEvent pauseRecorder() throws MediaResourceException;

    RecorderEvent record(String string, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;

    RecorderEvent resumeRecorder() throws MediaResourceException;

    RecorderEvent stopRecorder() throws MediaResourceException;
}
