package javax.telephony.media;

/**
 * Thrown when a media group cannot be configured because the needed resources are currently in use.
 */
public class ConfigFailedBusyException extends MediaConfigException {
    public ConfigFailedBusyException() {
    }

    public ConfigFailedBusyException(String string) {
        super(string);
    }

    public ConfigFailedBusyException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
