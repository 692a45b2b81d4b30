package javax.telephony.media.async;

import javax.telephony.media.RecorderEvent;

/** Non-blocking completion event returned by the {@code Async_Recorder} methods. */
public interface Async_RecorderEvent extends RecorderEvent, Async.ResourceEvent {
}
