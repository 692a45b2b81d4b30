package javax.telephony.media.messaging;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.MediaListener;
import javax.telephony.media.Symbol;

/** Open session with a named service, used to send requests and events and to close the session. */
public interface NamedService extends MediaListener, MessageConstants {
    void addListener(EventListener listener);

    Async_ServiceEvent async_close();

    Async_ServiceEvent async_request(Symbol symbol, Dictionary dictionary) throws ServiceException;

    void close();

    boolean isOpen();

    void removeListener(EventListener listener);

    ServiceEvent request(Symbol symbol, Dictionary dictionary) throws ServiceException;

    void sendEvent(Symbol symbol, Dictionary dictionary) throws ServiceException;
}
