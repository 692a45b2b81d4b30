package javax.telephony.callcenter.events;

/** Legacy call center event reporting that a trunk used by a call has become valid. */
public interface CallCentTrunkValidEv extends CallCentTrunkEv {
    int ID = 317;
}
