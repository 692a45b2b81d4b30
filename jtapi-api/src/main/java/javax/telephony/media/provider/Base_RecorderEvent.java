package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_RecorderEvent;

/**
 * Provider-side {@code RecorderEvent} implementation that records the duration and dispatches to
 * recorder listeners.
 */
public class Base_RecorderEvent extends Base.ResourceEvent implements Async_RecorderEvent {
    protected int duration;

    public Base_RecorderEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_RecorderEvent.dispatch");
    }

    public int getDuration() {
        throw NotBuilt.member("Base_RecorderEvent.getDuration");
    }
}
