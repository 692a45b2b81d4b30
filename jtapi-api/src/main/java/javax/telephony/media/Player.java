package javax.telephony.media;

import java.util.Dictionary;

/**
 * Resource that plays stored media (one item or a list) into the call, with pause, resume, stop,
 * jump, speed and volume control.
 */
public interface Player extends PlayerConstants, Resource {
    PlayerEvent adjustPlayerSpeed(Symbol symbol) throws MediaResourceException;

    PlayerEvent adjustPlayerVolume(Symbol symbol) throws MediaResourceException;

    PlayerEvent jumpPlayer(Symbol symbol) throws MediaResourceException;

    PlayerEvent pausePlayer() throws MediaResourceException;

    PlayerEvent play(String string, int value, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;

    PlayerEvent play(String[] strings, int value, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;

    PlayerEvent resumePlayer() throws MediaResourceException;

    PlayerEvent stopPlayer() throws MediaResourceException;
}
