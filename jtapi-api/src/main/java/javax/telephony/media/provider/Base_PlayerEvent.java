package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_PlayerEvent;

/**
 * Provider-side {@code PlayerEvent} implementation that records change type and position and
 * dispatches to player listeners.
 */
public class Base_PlayerEvent extends Base.ResourceEvent implements Async_PlayerEvent {
    protected Symbol changeType;
    protected int index;
    protected int offset;

    public Base_PlayerEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_PlayerEvent.dispatch");
    }

    public Symbol getChangeType() {
        throw NotBuilt.member("Base_PlayerEvent.getChangeType");
    }

    public int getIndex() {
        throw NotBuilt.member("Base_PlayerEvent.getIndex");
    }

    public int getOffset() {
        throw NotBuilt.member("Base_PlayerEvent.getOffset");
    }
}
