package javax.telephony.media.provider;

/**
 * The package's own root of media event classes: a {@link java.util.EventObject} whose source
 * is the media service or resource that raised the event. Not part of the public API.
 */
class EventObject extends java.util.EventObject {
    private static final long serialVersionUID = 1L;

    EventObject(Object source) {
        super(source);
    }
}
