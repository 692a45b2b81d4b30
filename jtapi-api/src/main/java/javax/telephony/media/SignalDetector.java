package javax.telephony.media;

import java.util.Dictionary;

/**
 * Resource that detects and buffers signals such as DTMF digits on the call and returns them on
 * request.
 */
public interface SignalDetector extends Resource, SignalDetectorConstants {
    SignalDetectorEvent flushBuffer() throws MediaResourceException;

    SignalDetectorEvent retrieveSignals(int value, Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;
}
