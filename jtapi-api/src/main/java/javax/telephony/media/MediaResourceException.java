package javax.telephony.media;

/**
 * Checked exception thrown when a resource operation fails; carries the {@code ResourceEvent}
 * describing the failure.
 */
public class MediaResourceException extends MediaException {
    public MediaResourceException() {
    }

    public MediaResourceException(String string) {
        super(string);
    }

    public MediaResourceException(String string, ResourceEvent resourceEvent) {
        super(string, resourceEvent);
    }

    public MediaResourceException(ResourceEvent resourceEvent) {
        super((String) null, resourceEvent);
    }

    public ResourceEvent getResourceEvent() {
        throw NotBuilt.member("MediaResourceException.getResourceEvent");
    }
}
