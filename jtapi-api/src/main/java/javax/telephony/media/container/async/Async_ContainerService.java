package javax.telephony.media.container.async;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.container.ContainerService;

/** Non-blocking form of the {@code ContainerService} methods, with listener registration. */
public interface Async_ContainerService extends ContainerService {
    void addListener(EventListener listener);

    Async_ContainerEvent async_changeMode(String string, Symbol symbol, Dictionary dictionary);

    Async_ContainerEvent async_copy(String string, String string2, Dictionary dictionary);

    Async_ContainerEvent async_createContainer(String string, Dictionary dictionary);

    Async_ContainerEvent async_createDataObject(String string, Symbol symbol, Dictionary dictionary);

    Async_ContainerEvent async_destroy(String string, Dictionary dictionary);

    Async_ContainerEvent async_getInfo(String string, Symbol[] symbols, Dictionary dictionary);

    Async_ContainerEvent async_getParameters(String string, Symbol[] symbols, Dictionary dictionary);

    Async_ContainerEvent async_listObjects(String string, Dictionary dictionary);

    Async_ContainerEvent async_openDataObject(String string, Symbol symbol, boolean flag, boolean flag2, Dictionary dictionary);

    Async_ContainerEvent async_rename(String string, String string2, Dictionary dictionary);

    Async_ContainerEvent async_setInfo(String string, Dictionary dictionary);

    Async_ContainerEvent async_setParameters(String string, Dictionary dictionary);

    void removeListener(EventListener listener);
}
