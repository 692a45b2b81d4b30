package javax.telephony.callcenter.events;

/**
 * Legacy call center call event reporting that the application data attached to a call has changed.
 */
public interface CallCentCallAppDataEv extends CallCentCallEv {
    int ID = 316;

    Object getApplicationData();
}
