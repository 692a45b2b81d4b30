package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** The ringer of a phone, with readable and settable ring pattern and volume. */
public interface PhoneRinger extends Component {
    int FULL = 100;
    int MIDDLE = 50;
    int OFF = 0;

    int getNumberOfRingPatterns();

    int getNumberOfRings();

    int getRingerPattern();

    int getRingerVolume();

    int isRingerOn();

    void setRingerPattern(int ringerPattern) throws InvalidArgumentException;

    void setRingerVolume(int ringerVolume) throws InvalidArgumentException;
}
