package javax.telephony.callcenter;

import javax.telephony.CallListener;

/**
 * Call listener extended with notice of application data changes and of trunks becoming valid or
 * invalid on a call center call.
 */
public interface CallCenterCallListener extends CallListener {
    void applicationData(CallCenterCallEvent callCenterCallEvent);

    void trunkInvalid(CallCenterTrunkEvent callCenterTrunkEvent);

    void trunkValid(CallCenterTrunkEvent callCenterTrunkEvent);
}
