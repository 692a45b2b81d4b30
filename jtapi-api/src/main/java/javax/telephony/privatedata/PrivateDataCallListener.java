package javax.telephony.privatedata;

import javax.telephony.CallListener;

/** Call listener that also receives vendor-specific private data sent for a call. */
public interface PrivateDataCallListener extends CallListener {
    void callPrivateData(PrivateDataEvent privateDataEvent);
}
