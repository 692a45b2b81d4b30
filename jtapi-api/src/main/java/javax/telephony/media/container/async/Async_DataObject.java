package javax.telephony.media.container.async;

import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.container.DataObject;

/** Non-blocking form of the {@code DataObject} methods, with listener registration. */
public interface Async_DataObject extends DataObject {
    void addListener(EventListener listener);

    Async_DataObjectEvent async_close();

    Async_DataObjectEvent async_read(int value);

    Async_DataObjectEvent async_seek(Symbol symbol, int value, Symbol symbol2);

    Async_DataObjectEvent async_write(byte[] values);

    Async_DataObjectEvent async_write(byte[] values, int value, int value2);

    void removeListener(EventListener listener);
}
