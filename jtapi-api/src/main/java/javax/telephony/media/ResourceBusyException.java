package javax.telephony.media;

/** Thrown when a resource cannot start an operation because it is already busy with another one. */
public class ResourceBusyException extends MediaResourceException {
    public ResourceBusyException() {
    }

    public ResourceBusyException(String string) {
        super(string);
    }

    public ResourceBusyException(String string, ResourceEvent resourceEvent) {
        super(string, resourceEvent);
    }
}
