package javax.telephony;

/**
 * Base event for call-related changes, reporting a call becoming active or invalid or the end of
 * event delivery; gives access to the affected {@code Call}.
 */
public interface CallEvent extends Event {
    int CALL_ACTIVE = 101;
    int CALL_EVENT_TRANSMISSION_ENDED = 103;
    int CALL_INVALID = 102;

    Call getCall();
}
