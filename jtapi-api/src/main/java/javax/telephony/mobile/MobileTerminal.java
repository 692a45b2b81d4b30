package javax.telephony.mobile;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;

/**
 * Terminal for a mobile handset; reports device identity and software details and can send DTMF
 * tones.
 */
public interface MobileTerminal extends Terminal {
    boolean generateDTMF(String string) throws MethodNotSupportedException;

    String getManufacturerName();

    String getSoftwareVersion();

    String getTerminalId();

    String getTypeApproval();

    boolean startDTMF(char ch) throws MethodNotSupportedException;

    void stopDTMF();
}
