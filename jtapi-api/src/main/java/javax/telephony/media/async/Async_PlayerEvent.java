package javax.telephony.media.async;

import javax.telephony.media.PlayerEvent;

/** Non-blocking completion event returned by the {@code Async_Player} methods. */
public interface Async_PlayerEvent extends PlayerEvent, Async.ResourceEvent {
}
