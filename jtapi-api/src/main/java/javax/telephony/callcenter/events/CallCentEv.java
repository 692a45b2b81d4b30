package javax.telephony.callcenter.events;

import javax.telephony.events.Ev;

/**
 * Base legacy call center event, adding a call-center-specific cause code such as no available
 * agents.
 */
public interface CallCentEv extends Ev {
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    int getCallCenterCause();
}
