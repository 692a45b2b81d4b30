package javax.telephony.phone.events;

/** Legacy phone event reporting that the ring pattern of the ringer has changed. */
public interface RingerPatternEv extends PhoneTermEv {
    int ID = 506;

    int getRingerPattern();
}
