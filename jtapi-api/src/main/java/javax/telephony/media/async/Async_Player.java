package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.media.PlayerConstants;
import javax.telephony.media.RTC;
import javax.telephony.media.Symbol;

/** Non-blocking form of the {@code Player} resource methods. */
public interface Async_Player extends PlayerConstants {
    Async_PlayerEvent async_adjustPlayerSpeed(Symbol symbol);

    Async_PlayerEvent async_adjustPlayerVolume(Symbol symbol);

    Async_PlayerEvent async_jumpPlayer(Symbol symbol);

    Async_PlayerEvent async_pausePlayer();

    Async_PlayerEvent async_play(String string, int value, RTC[] rTCs, Dictionary dictionary);

    Async_PlayerEvent async_play(String[] strings, int value, RTC[] rTCs, Dictionary dictionary);

    Async_PlayerEvent async_resumePlayer();

    Async_PlayerEvent async_stopPlayer();
}
