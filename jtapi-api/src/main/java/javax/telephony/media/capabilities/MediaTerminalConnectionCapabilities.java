package javax.telephony.media.capabilities;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * Reports which media operations (playing, recording, DTMF, URL and default device selection) a
 * {@code MediaTerminalConnection} supports.
 */
public interface MediaTerminalConnectionCapabilities extends TerminalConnectionCapabilities {
    boolean canDetectDtmf();

    boolean canGenerateDtmf();

    boolean canStartPlaying();

    boolean canStartRecording();

    boolean canStopPlaying();

    boolean canStopRecording();

    boolean canUseDefaultMicrophone();

    boolean canUseDefaultSpeaker();

    boolean canUsePlayURL();

    boolean canUseRecordURL();
}
