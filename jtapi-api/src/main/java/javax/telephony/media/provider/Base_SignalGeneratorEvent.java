package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_SignalGeneratorEvent;

/**
 * Provider-side {@code SignalGeneratorEvent} implementation that dispatches to signal generator
 * listeners.
 */
public class Base_SignalGeneratorEvent extends Base.ResourceEvent implements Async_SignalGeneratorEvent {
    public Base_SignalGeneratorEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_SignalGeneratorEvent.dispatch");
    }
}
