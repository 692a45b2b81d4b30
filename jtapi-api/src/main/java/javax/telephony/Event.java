package javax.telephony;

/**
 * Root interface of all listener-model JTAPI events, carrying an event ID, a cause code, the source
 * object and any enclosing meta event.
 */
public interface Event {
    int CAUSE_CALL_CANCELLED = 102;
    int CAUSE_DEST_NOT_OBTAINABLE = 103;
    int CAUSE_INCOMPATIBLE_DESTINATION = 104;
    int CAUSE_LOCKOUT = 105;
    int CAUSE_NETWORK_CONGESTION = 108;
    int CAUSE_NETWORK_NOT_OBTAINABLE = 109;
    int CAUSE_NEW_CALL = 106;
    int CAUSE_NORMAL = 100;
    int CAUSE_RESOURCES_NOT_AVAILABLE = 107;
    int CAUSE_SNAPSHOT = 110;
    int CAUSE_UNKNOWN = 101;

    int getCause();

    int getID();

    MetaEvent getMetaEvent();

    Object getSource();
}
