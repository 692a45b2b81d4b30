package javax.telephony.media.provider;

import java.lang.reflect.Method;
import java.util.Dictionary;
import javax.telephony.Call;
import javax.telephony.Terminal;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.MediaProvider;
import javax.telephony.media.Symbol;

/**
 * Container interface for the Media Provider Interface: the nested types a media provider
 * implements for {@code Base_MediaService}.
 */
public interface MPI {
    /**
     * Media provider interface for binding, releasing and delegating media groups; each call takes
     * and returns the event used to report completion.
     */
    public interface GroupProvider extends MediaProvider {
        Base.BindToCallEvent bindAndConnect(Base.BindToCallEvent bindToCallEvent, ConfigSpec configSpec, String string, String string2);

        Base.BindToCallEvent bindToCall(Base.BindToCallEvent bindToCallEvent, ConfigSpec configSpec, Call call);

        Base.BindEvent bindToServiceName(Base.BindEvent bindEvent, ConfigSpec configSpec, String string);

        Base.BindEvent bindToTerminal(Base.BindEvent bindEvent, ConfigSpec configSpec, Terminal terminal);

        Base.BindEvent bindToTerminalName(Base.BindEvent bindEvent, ConfigSpec configSpec, String string);

        Base.Event cancelBindRequest(Base.Event event, Base.Event event2);

        Base.DelegationEvent delegateToService(Base.DelegationEvent delegationEvent, MediaGroup mediaGroup, String string, int value, String string2);

        Base.ReleaseEvent release(Base.ReleaseEvent releaseEvent, MediaGroup mediaGroup);

        Base.DelegationEvent releaseDelegated(Base.DelegationEvent delegationEvent, MediaGroup mediaGroup);

        Base.ReleaseEvent releaseToDestroy(Base.ReleaseEvent releaseEvent, MediaGroup mediaGroup);

        Base.ReleaseEvent releaseToService(Base.ReleaseEvent releaseEvent, MediaGroup mediaGroup, String string, int value);

        Base.ReleaseEvent releaseToTag(Base.ReleaseEvent releaseEvent, MediaGroup mediaGroup, String string);

        Base.DelegationEvent retrieve(Base.DelegationEvent delegationEvent, MediaGroup mediaGroup, Symbol symbol);
    }

    /**
     * Provider-side media group interface for configuration, parameter and stop operations,
     * completing each through the supplied event.
     */
    public interface MediaGroup extends Resource {
        Base.MediaGroupEvent configure(Base.MediaGroupEvent mediaGroupEvent, ConfigSpec configSpec);

        Base.MediaGroupEvent getConfiguration(Base.MediaGroupEvent mediaGroupEvent);

        Base.MediaGroupEvent getParameters(Base.MediaGroupEvent mediaGroupEvent, Symbol[] symbols);

        Object getTargetForMethod(Method method);

        Base.MediaGroupEvent getTerminal(Base.MediaGroupEvent mediaGroupEvent);

        Base.MediaGroupEvent getTerminalName(Base.MediaGroupEvent mediaGroupEvent);

        Base.MediaGroupEvent getUserValues(Base.MediaGroupEvent mediaGroupEvent, Symbol[] symbols);

        Base.MediaGroupEvent setParameters(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary);

        Base.MediaGroupEvent setUserDictionary(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary);

        Base.MediaGroupEvent setUserValues(Base.MediaGroupEvent mediaGroupEvent, Dictionary dictionary);

        Base.MediaGroupEvent stop(Base.MediaGroupEvent mediaGroupEvent);

        Base.MediaGroupEvent triggerRTC(Base.MediaGroupEvent mediaGroupEvent, Symbol symbol);
    }

    /** Callback for the owner of provider objects, told when an event has completed. */
    public interface Owner {
        void onEventDone(Base.Event event);
    }

    /** Provider-side resource that can be assigned an owner to report completed events to. */
    public interface Resource {
        void setOwner(Owner owner);
    }
}
