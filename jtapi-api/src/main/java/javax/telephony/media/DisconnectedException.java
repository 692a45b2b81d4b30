package javax.telephony.media;

/**
 * Unchecked exception thrown when a resource operation fails because the media group lost its call
 * or terminal connection.
 */
public class DisconnectedException extends MediaRuntimeException {
    public DisconnectedException(String string, ResourceEvent resourceEvent) {
        super(string, resourceEvent);
    }

    public DisconnectedException(ResourceEvent resourceEvent) {
        super((String) null, resourceEvent);
    }

    public ResourceEvent getResourceEvent() {
        throw NotBuilt.member("DisconnectedException.getResourceEvent");
    }
}
