package javax.telephony.media.provider;

import javax.telephony.media.Symbol;

/**
 * {@code RecorderEvent} implementation whose duration is taken from an S.200-style event payload.
 */
public class S200_RecorderEvent extends Base_RecorderEvent {
    public S200_RecorderEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public S200_RecorderEvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }

    public int getDuration() {
        throw NotBuilt.member("S200_RecorderEvent.getDuration");
    }
}
