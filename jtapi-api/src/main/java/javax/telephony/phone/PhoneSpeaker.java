package javax.telephony.phone;

/** A speaker on a phone whose volume can be read and set, from mute to full. */
public interface PhoneSpeaker extends Component {
    int FULL = 100;
    int MID = 50;
    int MUTE = 0;

    int getVolume();

    void setVolume(int volume);
}
