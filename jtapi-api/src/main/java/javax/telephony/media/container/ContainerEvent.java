package javax.telephony.media.container;

import java.util.Dictionary;
import javax.telephony.media.MediaEvent;
import javax.telephony.media.Symbol;

/**
 * Event reporting the result of a container operation, such as an opened data object, a listing of
 * names, or info and parameter dictionaries.
 */
public interface ContainerEvent extends MediaEvent, ContainerConstants {
    ContainerService getContainerService();

    DataObject getDataObject();

    Symbol getError();

    Symbol getEventID();

    Dictionary getInfoDict();

    String[] getObjectList();

    Dictionary getParamDict();
}
