package javax.telephony.callcenter;

import javax.telephony.Call;

/**
 * A trunk line carrying a call between switches; reports its name, direction (incoming or
 * outgoing), validity state and the call using it.
 */
public interface CallCenterTrunk {
    int INCOMING_TRUNK = 1;
    int INVALID_TRUNK = 1;
    int OUTGOING_TRUNK = 2;
    int UNKNOWN_TRUNK = 3;
    int VALID_TRUNK = 2;

    Call getCall();

    String getName();

    int getState();

    int getType();
}
