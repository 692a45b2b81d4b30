package javax.telephony.media.async;

import javax.telephony.media.PlayerEvent;

/**
 * Player completion listener that is also told when an asynchronous TTS dictionary operation has
 * finished.
 */
public interface Async_TTSPlayerListener extends Async_PlayerListener {
    void onTTSDictionaryDone(PlayerEvent playerEvent);
}
