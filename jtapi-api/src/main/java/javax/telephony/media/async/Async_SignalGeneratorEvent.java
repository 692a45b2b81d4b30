package javax.telephony.media.async;

import javax.telephony.media.SignalGeneratorEvent;

/** Non-blocking completion event returned by the {@code Async_SignalGenerator} methods. */
public interface Async_SignalGeneratorEvent extends SignalGeneratorEvent, Async.ResourceEvent {
}
