package javax.telephony;

/**
 * Call event reporting a state change of a {@code Connection}, such as created, in progress,
 * alerting, connected, disconnected, failed or unknown.
 */
public interface ConnectionEvent extends CallEvent {
    int CONNECTION_ALERTING = 104;
    int CONNECTION_CONNECTED = 105;
    int CONNECTION_CREATED = 106;
    int CONNECTION_DISCONNECTED = 107;
    int CONNECTION_FAILED = 108;
    int CONNECTION_IN_PROGRESS = 109;
    int CONNECTION_UNKNOWN = 110;

    Connection getConnection();
}
