package javax.telephony.media;

import java.util.Dictionary;

/** Resource that sends signals such as DTMF tones into the call. */
public interface SignalGenerator extends Resource, SignalGeneratorConstants {
    SignalGeneratorEvent sendSignals(String string, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;

    SignalGeneratorEvent sendSignals(Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;
}
