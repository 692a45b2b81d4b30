package javax.telephony.phone;

import javax.telephony.TerminalListener;

/**
 * Terminal listener with callbacks for changes to phone components: buttons, display, hookswitch,
 * lamps, microphone, ringer and speaker.
 */
public interface PhoneTerminalListener extends TerminalListener {
    void terminalButtonInfoChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalButtonPressThresholdExceeded(PhoneTerminalEvent phoneTerminalEvent);

    void terminalButtonPressed(PhoneTerminalEvent phoneTerminalEvent);

    void terminalDisplayUpdated(PhoneTerminalEvent phoneTerminalEvent);

    void terminalHookswitchStateChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalLampModeChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalMicrophoneGainChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalRingerPatternChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalRingerVolumeChanged(PhoneTerminalEvent phoneTerminalEvent);

    void terminalSpeakerVolumeChanged(PhoneTerminalEvent phoneTerminalEvent);
}
