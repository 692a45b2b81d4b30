package javax.telephony.media;

import java.net.URL;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.TerminalConnection;

/**
 * Terminal connection with simple media controls: start and stop playing or recording, choose audio
 * sources and sinks, and send or detect DTMF.
 */
public interface MediaTerminalConnection extends TerminalConnection {
    int AVAILABLE = 128;
    int NOACTIVITY = 0;
    int PLAYING = 1;
    int RECORDING = 2;
    int UNAVAILABLE = 129;

    void generateDtmf(String string) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    int getMediaAvailability();

    int getMediaState();

    void setDtmfDetection(boolean dtmfDetection) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    void startPlaying() throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    void startRecording() throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    void stopPlaying();

    void stopRecording();

    void useDefaultMicrophone() throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void useDefaultSpeaker() throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void usePlayURL(URL uRL) throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void useRecordURL(URL uRL) throws MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
