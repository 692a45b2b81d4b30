package javax.telephony.media.container;

import java.util.Dictionary;
import javax.telephony.media.Symbol;

/**
 * Storage service for media: creates, lists, copies, renames and destroys containers and data
 * objects, and manages their info and parameters.
 */
public interface ContainerService extends ContainerConstants {
    void changeMode(String string, Symbol symbol, Dictionary dictionary) throws ContainerException;

    void copy(String string, String string2, Dictionary dictionary) throws ContainerException;

    void createContainer(String string, Dictionary dictionary) throws ContainerException;

    DataObject createDataObject(String string, Symbol symbol, Dictionary dictionary) throws ContainerException;

    void destroy(String string, Dictionary dictionary) throws ContainerException;

    Dictionary getInfo(String string, Symbol[] symbols, Dictionary dictionary) throws ContainerException;

    Dictionary getParameters(String string, Symbol[] symbols, Dictionary dictionary) throws ContainerException;

    String[] listObjects(String string, Dictionary dictionary) throws ContainerException;

    DataObject openDataObject(String string, Symbol symbol, boolean flag, boolean flag2, Dictionary dictionary) throws ContainerException;

    void rename(String string, String string2, Dictionary dictionary) throws ContainerException;

    void setInfo(String string, Dictionary dictionary) throws ContainerException;

    void setParameters(String string, Dictionary dictionary) throws ContainerException;
}
