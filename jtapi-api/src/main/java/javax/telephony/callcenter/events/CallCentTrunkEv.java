package javax.telephony.callcenter.events;

import javax.telephony.callcenter.CallCenterTrunk;

/** Base legacy call center event about a trunk used by a call; gives access to the trunk. */
public interface CallCentTrunkEv extends CallCentCallEv {
    CallCenterTrunk getTrunk();
}
