package javax.telephony.phone.events;

/**
 * Legacy phone event reporting that the information label of a button has changed; gives the old
 * and new values.
 */
public interface ButtonInfoEv extends PhoneTermEv {
    int ID = 500;

    String getInfo();

    String getOldInfo();
}
