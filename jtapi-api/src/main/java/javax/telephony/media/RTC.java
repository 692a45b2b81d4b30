package javax.telephony.media;

import java.io.Serializable;

/**
 * Run-time control: pairs a trigger condition symbol with an action symbol so that one resource
 * event can act on another resource.
 */
public class RTC implements Serializable {
    public static final RTC ASR_StopPlay = null /* TODO */;
    public static final RTC SigDet_StopPlay = null /* TODO */;
    public static final RTC SigDet_StopRecord = null /* TODO */;
    protected Symbol action;
    protected Symbol trigger;

    public RTC(Symbol symbol, Symbol symbol2) {
    }

    public boolean equals(Object object) {
        throw NotBuilt.member("RTC.equals");
    }

    public Symbol getAction() {
        throw NotBuilt.member("RTC.getAction");
    }

    public Symbol getTrigger() {
        throw NotBuilt.member("RTC.getTrigger");
    }

    public int hashCode() {
        throw NotBuilt.member("RTC.hashCode");
    }

    public String toString() {
        throw NotBuilt.member("RTC.toString");
    }
}
