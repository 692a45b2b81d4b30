package javax.telephony.media.provider;

import java.lang.reflect.Method;
import java.util.Dictionary;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.MediaServiceConstants;
import javax.telephony.media.Symbol;

/**
 * Minimal media group that accepts configuration and parameter requests without real resources,
 * used by {@code NullGroupProvider}.
 */
public class NullMediaGroup implements MediaServiceConstants, MPI.MediaGroup {
    protected MPI.Owner owner;

    public NullMediaGroup() {
    }

    public void configure(ConfigSpec configSpec) throws Exception {
        throw NotBuilt.member("NullMediaGroup.configure");
    }

    public Base.MediaGroupEvent configure(Base.MediaGroupEvent mediaGroupEvent, ConfigSpec configSpec) {
        throw NotBuilt.member("NullMediaGroup.configure");
    }

    public Base.MediaGroupEvent getConfiguration(Base.MediaGroupEvent mediaGroupEvent) {
        throw NotBuilt.member("NullMediaGroup.getConfiguration");
    }

    public Base.MediaGroupEvent getParameters(Base.MediaGroupEvent mediaGroupEvent, Symbol[] symbols) {
        throw NotBuilt.member("NullMediaGroup.getParameters");
    }

    public Object getTargetForMethod(Method method) {
        throw NotBuilt.member("NullMediaGroup.getTargetForMethod");
    }

    public Base.MediaGroupEvent getTerminal(Base.MediaGroupEvent mediaGroupEvent) {
        throw NotBuilt.member("NullMediaGroup.getTerminal");
    }

    public Base.MediaGroupEvent getTerminalName(Base.MediaGroupEvent mediaGroupEvent) {
        throw NotBuilt.member("NullMediaGroup.getTerminalName");
    }

    public Base.MediaGroupEvent getUserValues(Base.MediaGroupEvent mediaGroupEvent, Symbol[] symbols) {
        throw NotBuilt.member("NullMediaGroup.getUserValues");
    }

    public void setOwner(MPI.Owner owner) {
        throw NotBuilt.member("NullMediaGroup.setOwner");
    }

    public Base.MediaGroupEvent setParameters(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary) {
        throw NotBuilt.member("NullMediaGroup.setParameters");
    }

    public Base.MediaGroupEvent setUserDictionary(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary) {
        throw NotBuilt.member("NullMediaGroup.setUserDictionary");
    }

    public Base.MediaGroupEvent setUserValues(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary) {
        throw NotBuilt.member("NullMediaGroup.setUserValues");
    }

    public Base.MediaGroupEvent stop(Base.MediaGroupEvent mediaGroupEvent) {
        throw NotBuilt.member("NullMediaGroup.stop");
    }

    public Base.MediaGroupEvent triggerRTC(Base.MediaGroupEvent mediaGroupEvent, Symbol symbol) {
        throw NotBuilt.member("NullMediaGroup.triggerRTC");
    }
}
