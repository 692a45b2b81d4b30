package javax.telephony.media.messaging;

import java.util.Dictionary;
import java.util.EventListener;

/**
 * Registers and unregisters named services and opens connections to services registered by others.
 */
public interface MessagingService {
    void addListener(EventListener listener);

    Async_ServiceEvent async_close(String string) throws ServiceException;

    Async_ServiceEvent async_openNamedService(String string, NamedServiceListener namedServiceListener, Dictionary dictionary) throws ServiceException;

    Async_ServiceEvent async_registerService(String string, NamedServiceListener namedServiceListener, Dictionary dictionary) throws ServiceException;

    Async_ServiceEvent async_unregisterService(String string) throws ServiceException;

    void close(String string) throws ServiceException;

    NamedService openNamedService(String string, NamedServiceListener namedServiceListener, Dictionary dictionary) throws ServiceException;

    void registerService(String string, NamedServiceListener namedServiceListener, Dictionary dictionary) throws ServiceException;

    void removeListener(EventListener listener);

    void unregisterService(String string) throws ServiceException;
}
