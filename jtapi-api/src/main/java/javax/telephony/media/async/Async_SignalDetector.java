package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.media.RTC;
import javax.telephony.media.SignalDetectorConstants;
import javax.telephony.media.Symbol;

/** Non-blocking form of the {@code SignalDetector} resource methods. */
public interface Async_SignalDetector extends SignalDetectorConstants {
    Async_SignalDetectorEvent async_flushBuffer();

    Async_SignalDetectorEvent async_retrieveSignals(int value, Symbol[] symbols, RTC[] rTCs, Dictionary dictionary);
}
