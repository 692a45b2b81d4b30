package javax.telephony.phone.events;

/** Legacy phone event reporting that a button on the phone was pressed. */
public interface ButtonPressEv extends PhoneTermEv {
    int ID = 501;

    String getInfo();
}
