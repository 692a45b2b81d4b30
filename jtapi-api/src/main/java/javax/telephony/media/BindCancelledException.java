package javax.telephony.media;

/** Thrown when a pending bind request ends because {@code cancelBindRequest} was called. */
public class BindCancelledException extends MediaBindException {
    public BindCancelledException() {
    }

    public BindCancelledException(String string) {
        super(string);
    }

    public BindCancelledException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
