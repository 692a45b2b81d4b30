package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_SignalDetectorEvent;

/**
 * Abstract provider-side {@code SignalDetectorEvent} implementation that dispatches to signal
 * detector listeners; subclasses supply the signal data.
 */
public abstract class Base_SignalDetectorEvent extends Base.ResourceEvent implements Async_SignalDetectorEvent {
    protected static int patternSize;

    public Base_SignalDetectorEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_SignalDetectorEvent.dispatch");
    }

    public int getPatternIndex() {
        throw NotBuilt.member("Base_SignalDetectorEvent.getPatternIndex");
    }

    public abstract Symbol[] getSignalBuffer();

    public abstract String getSignalString();

    protected boolean isPattern(Symbol symbol) {
        throw NotBuilt.member("Base_SignalDetectorEvent.isPattern");
    }
}
