package javax.telephony.callcenter.events;

/**
 * Legacy call center connection event reporting that a connection has entered the in-progress
 * state.
 */
public interface CallCentConnInProgressEv extends CallCentConnEv {
    int ID = 319;
}
