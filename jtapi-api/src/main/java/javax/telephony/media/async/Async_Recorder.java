package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.media.RTC;
import javax.telephony.media.RecorderConstants;

/** Non-blocking form of the {@code Recorder} resource methods. */
public interface Async_Recorder extends RecorderConstants {
    Async_RecorderEvent async_pauseRecorder();

    Async_RecorderEvent async_record(String string, RTC[] rTCs, Dictionary dictionary);

    Async_RecorderEvent async_resumeRecorder();

    Async_RecorderEvent async_stopRecorder();
}
