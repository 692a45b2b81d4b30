package javax.telephony.phone.events;

/** Legacy phone event reporting that the contents of the phone display have changed. */
public interface DisplayUpdateEv extends PhoneTermEv {
    int ID = 502;

    String getDisplay(int value, int value2);
}
