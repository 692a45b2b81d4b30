package javax.telephony.callcenter;

import javax.telephony.Event;

/**
 * Base interface for call center listener events, adding a call-center-specific cause code such as
 * no available agents.
 */
public interface CallCenterEvent extends Event {
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    int getCallCenterCause();
}
