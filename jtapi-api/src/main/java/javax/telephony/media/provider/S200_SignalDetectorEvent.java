package javax.telephony.media.provider;

import javax.telephony.media.Symbol;

/**
 * {@code SignalDetectorEvent} implementation whose signal buffer and strings are derived from an
 * S.200-style payload.
 */
public class S200_SignalDetectorEvent extends Base_SignalDetectorEvent {
    protected Symbol[] signalBuffer;
    protected String signalString;
    protected String spacedString;
    protected String[] stringArray;

    public S200_SignalDetectorEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public S200_SignalDetectorEvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }

    public Symbol[] getSignalBuffer() {
        throw NotBuilt.member("S200_SignalDetectorEvent.getSignalBuffer");
    }

    public String getSignalString() {
        throw NotBuilt.member("S200_SignalDetectorEvent.getSignalString");
    }

    public String getSpacedString() {
        throw NotBuilt.member("S200_SignalDetectorEvent.getSpacedString");
    }

    public String[] getStringArray() {
        throw NotBuilt.member("S200_SignalDetectorEvent.getStringArray");
    }
}
