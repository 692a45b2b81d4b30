package javax.telephony.media.container;

import javax.telephony.media.Symbol;

/** Open handle on stored media data that can be read, written, positioned and closed. */
public interface DataObject extends ContainerConstants {
    void close() throws ContainerException;

    ContainerService getContainerService();

    Symbol getMediaType();

    byte[] read(int value) throws ContainerException;

    int seek(Symbol symbol, int value, Symbol symbol2) throws ContainerException;

    void write(byte[] values) throws ContainerException;

    void write(byte[] values, int value, int value2) throws ContainerException;
}
