package javax.telephony.media.messaging;

import java.util.Dictionary;
import javax.telephony.media.Symbol;

/**
 * Incoming request on a named service that the receiver answers by calling one of the reply
 * methods.
 */
public interface ServiceRequestEvent extends ServiceEvent {
    void reply(Dictionary dictionary) throws ServiceException;

    void reply(Symbol symbol, Symbol symbol2, int value, boolean flag, Dictionary dictionary) throws ServiceException;
}
