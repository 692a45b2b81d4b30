package javax.telephony.media.async;

import java.util.Dictionary;

/**
 * Non-blocking form of the {@code TTSPlayer} methods, adding async dictionary operations to {@code
 * Async_Player}.
 */
public interface Async_TTSPlayer extends Async_Player {
    Async_PlayerEvent async_activateTTSDictionary(String[] strings, Dictionary dictionary);

    Async_PlayerEvent async_deactivateTTSDictionary(String[] strings, Dictionary dictionary);

    Async_PlayerEvent async_loadTTSDictionary(String[] strings, Dictionary dictionary);

    Async_PlayerEvent async_unloadTTSDictionary(String[] strings, Dictionary dictionary);
}
