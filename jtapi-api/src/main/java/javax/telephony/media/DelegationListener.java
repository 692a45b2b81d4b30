package javax.telephony.media;

/** Listener notified when the media group owned by a {@code MediaService} is delegated. */
public interface DelegationListener extends MediaListener {
    void onDelegated(MediaServiceEvent mediaServiceEvent);
}
