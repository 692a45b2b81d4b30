package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.CallCapabilities;

/**
 * Reports which call center call features are available: predictive dialing, application data and
 * trunk lookup.
 */
public interface CallCenterCallCapabilities extends CallCapabilities {
    boolean canConnectPredictive();

    boolean canGetTrunks();

    boolean canHandleApplicationData();
}
