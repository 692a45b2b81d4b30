package javax.telephony.media;

/**
 * Event from a {@code Recorder} reporting a completed operation, including the recorded duration.
 */
public interface RecorderEvent extends RecorderConstants, ResourceEvent {
    int getDuration();
}
