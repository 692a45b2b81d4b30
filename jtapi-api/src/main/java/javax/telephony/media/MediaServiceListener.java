package javax.telephony.media;

/**
 * Listener for unsolicited {@code MediaService} events: connected, disconnected and media group
 * retrieved.
 */
public interface MediaServiceListener extends MediaListener, MediaServiceConstants {
    void onConnected(MediaServiceEvent mediaServiceEvent);

    void onDisconnected(MediaServiceEvent mediaServiceEvent);

    void onRetrieved(MediaServiceEvent mediaServiceEvent);
}
