package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.media.RTC;
import javax.telephony.media.SignalGeneratorConstants;
import javax.telephony.media.Symbol;

/** Non-blocking form of the {@code SignalGenerator} resource methods. */
public interface Async_SignalGenerator extends SignalGeneratorConstants {
    Async_SignalGeneratorEvent async_sendSignals(String string, RTC[] rTCs, Dictionary dictionary);

    Async_SignalGeneratorEvent async_sendSignals(Symbol[] symbols, RTC[] rTCs, Dictionary dictionary);
}
