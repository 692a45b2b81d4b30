package javax.telephony.media.provider;

import javax.telephony.Call;
import javax.telephony.Terminal;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.MediaService;
import javax.telephony.media.Symbol;
import javax.telephony.media.container.ContainerService;

/**
 * Minimal group provider with no real media platform behind it, useful for tests and as a starting
 * point.
 */
public class NullGroupProvider extends Base_Owner implements MPI.GroupProvider {
    public NullGroupProvider() {
    }

    public Base.BindToCallEvent bindAndConnect(Base.BindToCallEvent bindToCallEvent, ConfigSpec configSpec, String string, String string2) {
        throw NotBuilt.member("NullGroupProvider.bindAndConnect");
    }

    protected void bindMediaGroup(Base.BindEvent bindEvent, ConfigSpec configSpec) {
        throw NotBuilt.member("NullGroupProvider.bindMediaGroup");
    }

    public Base.BindToCallEvent bindToCall(Base.BindToCallEvent bindToCallEvent, ConfigSpec configSpec, Call call) {
        throw NotBuilt.member("NullGroupProvider.bindToCall");
    }

    public Base.BindEvent bindToServiceName(Base.BindEvent bindEvent, ConfigSpec configSpec, String string) {
        throw NotBuilt.member("NullGroupProvider.bindToServiceName");
    }

    public Base.BindEvent bindToTerminal(Base.BindEvent bindEvent, ConfigSpec configSpec, Terminal terminal) {
        throw NotBuilt.member("NullGroupProvider.bindToTerminal");
    }

    public Base.BindEvent bindToTerminalName(Base.BindEvent bindEvent, ConfigSpec configSpec, String string) {
        throw NotBuilt.member("NullGroupProvider.bindToTerminalName");
    }

    public Base.Event cancelBindRequest(Base.Event event, Base.Event event2) {
        throw NotBuilt.member("NullGroupProvider.cancelBindRequest");
    }

    public Base.DelegationEvent delegateToService(Base.DelegationEvent delegationEvent, MPI.MediaGroup mediaGroup, String string, int value, String string2) {
        throw NotBuilt.member("NullGroupProvider.delegateToService");
    }

    public ContainerService getContainerService() {
        throw NotBuilt.member("NullGroupProvider.getContainerService");
    }

    public MediaService getMediaService() {
        throw NotBuilt.member("NullGroupProvider.getMediaService");
    }

    protected MPI.MediaGroup newMediaGroup() {
        throw NotBuilt.member("NullGroupProvider.newMediaGroup");
    }

    public Base.ReleaseEvent release(Base.ReleaseEvent releaseEvent, MPI.MediaGroup mediaGroup) {
        throw NotBuilt.member("NullGroupProvider.release");
    }

    public Base.DelegationEvent releaseDelegated(Base.DelegationEvent delegationEvent, MPI.MediaGroup mediaGroup) {
        throw NotBuilt.member("NullGroupProvider.releaseDelegated");
    }

    public Base.ReleaseEvent releaseToDestroy(Base.ReleaseEvent releaseEvent, MPI.MediaGroup mediaGroup) {
        throw NotBuilt.member("NullGroupProvider.releaseToDestroy");
    }

    public Base.ReleaseEvent releaseToService(Base.ReleaseEvent releaseEvent, MPI.MediaGroup mediaGroup, String string, int value) {
        throw NotBuilt.member("NullGroupProvider.releaseToService");
    }

    public Base.ReleaseEvent releaseToTag(Base.ReleaseEvent releaseEvent, MPI.MediaGroup mediaGroup, String string) {
        throw NotBuilt.member("NullGroupProvider.releaseToTag");
    }

    public Base.DelegationEvent retrieve(Base.DelegationEvent delegationEvent, MPI.MediaGroup mediaGroup, Symbol symbol) {
        throw NotBuilt.member("NullGroupProvider.retrieve");
    }
}
