package javax.telephony.events;

/**
 * Root interface of legacy observer-model events, carrying an ID, a cause code, meta event code and
 * the observed object.
 */
public interface Ev {
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
    int META_CALL_ADDITIONAL_PARTY = 130;
    int META_CALL_ENDING = 132;
    int META_CALL_MERGING = 133;
    int META_CALL_PROGRESS = 129;
    int META_CALL_REMOVING_PARTY = 131;
    int META_CALL_STARTING = 128;
    int META_CALL_TRANSFERRING = 134;
    int META_SNAPSHOT = 135;
    int META_UNKNOWN = 136;

    int getCause();

    int getID();

    int getMetaCode();

    Object getObserved();

    boolean isNewMetaEvent();
}
