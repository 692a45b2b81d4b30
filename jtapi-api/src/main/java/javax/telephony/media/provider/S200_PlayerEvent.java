package javax.telephony.media.provider;

import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_PlayerEvent;

/**
 * {@code PlayerEvent} implementation whose fields are filled in from an S.200-style payload, with
 * helpers for decoding jump RTCs.
 */
public class S200_PlayerEvent extends Base_PlayerEvent implements Async_PlayerEvent {
    public S200_PlayerEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public S200_PlayerEvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }

    public Symbol getChangeType() {
        throw NotBuilt.member("S200_PlayerEvent.getChangeType");
    }

    public int getIndex() {
        throw NotBuilt.member("S200_PlayerEvent.getIndex");
    }

    public static Symbol getJumpRTC(Symbol symbol, Symbol symbol2) {
        throw NotBuilt.member("S200_PlayerEvent.getJumpRTC");
    }

    public static Symbol getJumpType(Symbol symbol) {
        throw NotBuilt.member("S200_PlayerEvent.getJumpType");
    }

    public static Symbol getJumpUnit(Symbol symbol) {
        throw NotBuilt.member("S200_PlayerEvent.getJumpUnit");
    }

    public int getOffset() {
        throw NotBuilt.member("S200_PlayerEvent.getOffset");
    }
}
