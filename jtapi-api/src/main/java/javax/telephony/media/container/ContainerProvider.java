package javax.telephony.media.container;

/** Supplier of a {@code ContainerService} for a media platform. */
public interface ContainerProvider {
    ContainerService getContainerService();
}
