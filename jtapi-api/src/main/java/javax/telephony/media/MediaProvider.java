package javax.telephony.media;

/** Supplier of {@code MediaService} instances for a particular media platform. */
public interface MediaProvider {
    MediaService getMediaService();
}
