package javax.telephony.media.provider;

import javax.telephony.media.SignalConstants;
import javax.telephony.media.Symbol;

/**
 * Helper that maps signal symbols such as DTMF digits to their printable names and lets the name
 * table be replaced.
 */
public class Signals implements SignalConstants {
    public Signals() {
    }

    public static String getSignalName(Symbol symbol) {
        throw NotBuilt.member("Signals.getSignalName");
    }

    public static void setSignalNames(Object[] signalNames) {
        throw NotBuilt.member("Signals.setSignalNames");
    }
}
