package javax.telephony.media;

import java.util.Dictionary;

/**
 * Player extension for text-to-speech that can load, unload, activate and deactivate pronunciation
 * dictionaries.
 */
public interface TTSPlayer extends Player {
    PlayerEvent activateTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException;

    PlayerEvent deactivateTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException;

    PlayerEvent loadTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException;

    PlayerEvent unloadTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException;
}
