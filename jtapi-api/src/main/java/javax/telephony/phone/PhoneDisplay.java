package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** A text display on a phone, organised in rows and columns, that can be read and written. */
public interface PhoneDisplay extends Component {
    String getDisplay(int value, int value2) throws InvalidArgumentException;

    int getDisplayColumns();

    int getDisplayRows();

    void setDisplay(String string, int value, int value2) throws InvalidArgumentException;
}
