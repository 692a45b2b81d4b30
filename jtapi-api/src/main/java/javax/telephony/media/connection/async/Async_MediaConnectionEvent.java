package javax.telephony.media.connection.async;

import javax.telephony.media.async.Async;
import javax.telephony.media.connection.MediaConnectionEvent;

/** Non-blocking completion event returned by the {@code Async_MediaConnection} methods. */
public interface Async_MediaConnectionEvent extends Async.Event, MediaConnectionEvent {
}
