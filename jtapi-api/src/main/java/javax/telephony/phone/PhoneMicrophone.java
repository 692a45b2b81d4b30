package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** A microphone on a phone whose gain can be read and set, from mute to full. */
public interface PhoneMicrophone extends Component {
    int FULL = 100;
    int MID = 50;
    int MUTE = 0;

    int getGain();

    void setGain(int gain) throws InvalidArgumentException;
}
