package javax.telephony.callcenter;

/**
 * Call center call event reporting that a trunk used by a call has become valid or invalid; gives
 * access to the trunk.
 */
public interface CallCenterTrunkEvent extends CallCenterCallEvent {
    int CALL_CENTER_TRUNK_INVALID_EVENT = 318;
    int CALL_CENTER_TRUNK_VALID_EVENT = 317;

    CallCenterTrunk getTrunk();
}
