package javax.telephony.media.provider;

import java.util.Dictionary;
import javax.telephony.media.Symbol;
import javax.telephony.media.container.ContainerException;
import javax.telephony.media.container.ContainerService;
import javax.telephony.media.container.DataObject;
import javax.telephony.media.container.async.Async_ContainerEvent;
import javax.telephony.media.container.async.Async_ContainerService;

/**
 * Abstract base for building a container service: implements the blocking methods on top of async
 * methods that subclasses provide.
 */
public abstract class Base_ContainerService extends Base_Owner implements ContainerService, Async_ContainerService {
    public Base_ContainerService() {
    }

    public abstract Async_ContainerEvent async_changeMode(String string, Symbol symbol, Dictionary dictionary);

    public abstract Async_ContainerEvent async_copy(String string, String string2, Dictionary dictionary);

    public abstract Async_ContainerEvent async_createContainer(String string, Dictionary dictionary);

    public abstract Async_ContainerEvent async_createDataObject(String string, Symbol symbol, Dictionary dictionary);

    public abstract Async_ContainerEvent async_destroy(String string, Dictionary dictionary);

    public abstract Async_ContainerEvent async_getInfo(String string, Symbol[] symbols, Dictionary dictionary);

    public abstract Async_ContainerEvent async_getParameters(String string, Symbol[] symbols, Dictionary dictionary);

    public abstract Async_ContainerEvent async_listObjects(String string, Dictionary dictionary);

    public abstract Async_ContainerEvent async_openDataObject(String string, Symbol symbol, boolean flag, boolean flag2, Dictionary dictionary);

    public abstract Async_ContainerEvent async_rename(String string, String string2, Dictionary dictionary);

    public abstract Async_ContainerEvent async_setInfo(String string, Dictionary dictionary);

    public abstract Async_ContainerEvent async_setParameters(String string, Dictionary dictionary);

    public void changeMode(String string, Symbol symbol, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.changeMode");
    }

    public void copy(String string, String string2, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.copy");
    }

    public void createContainer(String string, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.createContainer");
    }

    public DataObject createDataObject(String string, Symbol symbol, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.createDataObject");
    }

    public void destroy(String string, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.destroy");
    }

    public Dictionary getInfo(String string, Symbol[] symbols, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.getInfo");
    }

    public Dictionary getParameters(String string, Symbol[] symbols, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.getParameters");
    }

    public String[] listObjects(String string, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.listObjects");
    }

    public DataObject openDataObject(String string, Symbol symbol, boolean flag, boolean flag2, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.openDataObject");
    }

    public void rename(String string, String string2, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.rename");
    }

    public void setInfo(String string, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.setInfo");
    }

    public void setParameters(String string, Dictionary dictionary) throws ContainerException {
        throw NotBuilt.member("Base_ContainerService.setParameters");
    }
}
