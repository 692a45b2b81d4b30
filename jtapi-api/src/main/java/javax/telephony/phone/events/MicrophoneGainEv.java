package javax.telephony.phone.events;

/** Legacy phone event reporting that the gain of a microphone has changed. */
public interface MicrophoneGainEv extends PhoneTermEv {
    int ID = 505;

    int getGain();
}
