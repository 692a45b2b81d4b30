package javax.telephony.media.async;

import javax.telephony.media.SignalDetectorEvent;

/** Non-blocking completion event returned by the {@code Async_SignalDetector} methods. */
public interface Async_SignalDetectorEvent extends SignalDetectorEvent, Async.ResourceEvent {
}
