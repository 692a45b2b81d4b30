package javax.telephony.phone.events;

import javax.telephony.events.Ev;

/** Base legacy phone event, adding a phone-specific cause code. */
public interface PhoneEv extends Ev {
    int CAUSE_NORMAL = 500;
    int CAUSE_UNKNOWN = 501;

    int getPhoneCause();
}
