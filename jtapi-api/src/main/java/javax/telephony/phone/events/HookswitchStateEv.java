package javax.telephony.phone.events;

/** Legacy phone event reporting that the hookswitch has gone on hook or off hook. */
public interface HookswitchStateEv extends PhoneTermEv {
    int ID = 503;

    int getHookSwitchState();
}
