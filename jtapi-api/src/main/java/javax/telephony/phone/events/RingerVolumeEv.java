package javax.telephony.phone.events;

/** Legacy phone event reporting that the ringer volume has changed. */
public interface RingerVolumeEv extends PhoneTermEv {
    int ID = 507;

    int getVolume();
}
