package javax.telephony.callcenter;

import javax.telephony.AddressEvent;

/**
 * Address event reporting a change in the state of an agent at an ACD address, such as logged on,
 * ready, busy or logged off; identifies the agent.
 */
public interface ACDAddressEvent extends AddressEvent, CallCenterEvent {
    int ACD_ADDRESS_BUSY = 300;
    int ACD_ADDRESS_LOGGED_OFF = 301;
    int ACD_ADDRESS_LOGGED_ON = 302;
    int ACD_ADDRESS_NOT_READY = 303;
    int ACD_ADDRESS_READY = 304;
    int ACD_ADDRESS_UNKNOWN = 305;
    int ACD_ADDRESS_WORK_NOT_READY = 306;
    int ACD_ADDRESS_WORK_READY = 307;

    Agent getAgent();
}
