package javax.telephony.media;

/** Media event that identifies the {@code MediaService} it was generated for. */
public interface MediaServiceEvent extends MediaEvent {
    MediaService getMediaService();
}
