package javax.telephony.media.messaging;

/** Supplier of a {@code MessagingService} for a platform. */
public interface MessagingProvider {
    MessagingService getMessagingService();
}
