package javax.telephony.media.provider;

import javax.telephony.media.Symbol;

/** {@code SignalGeneratorEvent} implementation built from an S.200-style event payload. */
public class S200_SignalGeneratorEvent extends Base_SignalGeneratorEvent {
    public S200_SignalGeneratorEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public S200_SignalGeneratorEvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }
}
