package javax.telephony.phone.events;

/** Legacy phone event reporting that the mode of a lamp has changed. */
public interface LampModeEv extends PhoneTermEv {
    int ID = 504;

    int getMode();
}
