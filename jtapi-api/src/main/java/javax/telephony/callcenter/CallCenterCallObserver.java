package javax.telephony.callcenter;

import javax.telephony.CallObserver;

/**
 * Legacy call observer that receives call center call events; superseded by {@code
 * CallCenterCallListener}.
 */
public interface CallCenterCallObserver extends CallObserver {
}
