package javax.telephony.media.async;

import javax.telephony.media.ASREvent;

/** Non-blocking completion event returned by the {@code Async_ASR} methods. */
public interface Async_ASREvent extends ASREvent, Async.ResourceEvent {
}
