package javax.telephony.phone.events;

/** Legacy phone event reporting that the speaker volume has changed. */
public interface SpeakerVolumeEv extends PhoneTermEv {
    int ID = 508;

    int getVolume();
}
