package javax.telephony.callcenter.events;

/** Legacy call center event reporting that a trunk used by a call has become invalid. */
public interface CallCentTrunkInvalidEv extends CallCentTrunkEv {
    int ID = 318;
}
