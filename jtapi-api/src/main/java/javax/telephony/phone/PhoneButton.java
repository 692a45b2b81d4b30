package javax.telephony.phone;

/**
 * A button on a phone; can be pressed by the application, carries an information label and may be
 * tied to a lamp.
 */
public interface PhoneButton extends Component {
    void buttonPress();

    PhoneLamp getAssociatedPhoneLamp();

    int getButtonPressThreshold();

    String getInfo();

    int setButtonPressThreshold(int buttonPressThreshold);

    void setInfo(String info);
}
