package javax.telephony.media;

/**
 * Event from a {@code Player} reporting a completed operation or a change, with the change type and
 * the position (index and offset) reached.
 */
public interface PlayerEvent extends PlayerConstants, ResourceEvent {
    Symbol getChangeType();

    int getIndex();

    int getOffset();
}
