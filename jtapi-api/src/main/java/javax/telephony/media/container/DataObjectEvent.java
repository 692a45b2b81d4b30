package javax.telephony.media.container;

/**
 * Container event for a data object operation, giving the bytes read, the byte count written or the
 * seek result.
 */
public interface DataObjectEvent extends ContainerEvent {
    byte[] getBytesRead();

    int getBytesWritten();

    ContainerService getContainerService();

    DataObject getDataObject();

    int getSeekSize();
}
