package javax.telephony.phone;

import javax.telephony.Event;
import javax.telephony.TerminalEvent;

/**
 * Terminal event reporting a change on a phone component, such as a button press, display update,
 * hookswitch change, lamp mode or volume change.
 */
public interface PhoneTerminalEvent extends Event, TerminalEvent {
    int CAUSE_PHONE_TERMINAL_NORMAL = 500;
    int CAUSE_PHONE_TERMINAL_UNKNOWN = 501;
    int PHONE_TERMINAL_BUTTON_INFO_EVENT = 500;
    int PHONE_TERMINAL_BUTTON_PRESS_EVENT = 501;
    int PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT = 509;
    int PHONE_TERMINAL_DISPLAY_UPDATE_EVENT = 502;
    int PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT = 503;
    int PHONE_TERMINAL_LAMP_MODE_EVENT = 504;
    int PHONE_TERMINAL_MICROPHONE_GAIN_EVENT = 505;
    int PHONE_TERMINAL_RINGER_PATTERN_EVENT = 506;
    int PHONE_TERMINAL_RINGER_VOLUME_EVENT = 507;
    int PHONE_TERMINAL_SPEAKER_VOLUME_EVENT = 508;

    Component getComponent();

    ComponentGroup getComponentGroup();

    String getDisplay(int value, int value2);

    int getGain();

    int getHookSwitchState();

    String getInfo();

    int getMode();

    String getOldInfo();

    int getPhoneCause();

    int getPressedDuration();

    int getRingerPattern();

    int getVolume();
}
