package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Terminal;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.MediaBindException;
import javax.telephony.media.MediaCallException;
import javax.telephony.media.MediaConfigException;
import javax.telephony.media.MediaEvent;
import javax.telephony.media.MediaListener;
import javax.telephony.media.MediaResourceException;
import javax.telephony.media.NotBoundException;
import javax.telephony.media.Symbol;

/** Container interface grouping the nested non-blocking media service, event and listener types. */
public interface Async {
    /**
     * Non-blocking completion event for bind and release requests; can rethrow a bind or
     * configuration failure.
     */
    public interface BindAndReleaseEvent extends MediaServiceEvent {
        void throwIfBindException() throws MediaBindException;

        void throwIfConfigException() throws MediaConfigException;
    }

    /** Listener told when an asynchronous bind or release request has finished. */
    public interface BindAndReleaseListener extends MediaListener {
        void onBindDone(javax.telephony.media.MediaServiceEvent mediaServiceEvent);

        void onReleaseDone(javax.telephony.media.MediaServiceEvent mediaServiceEvent);
    }

    /** Non-blocking completion event for a bind request to a terminal or service name. */
    public interface BindEvent extends BindAndReleaseEvent {
    }

    /**
     * Non-blocking completion event for a bind to a call; gives the resulting {@code Connection}
     * and can rethrow a call failure.
     */
    public interface BindToCallEvent extends BindEvent {
        Connection getConnection();

        void throwIfCallException() throws MediaCallException;
    }

    /**
     * Non-blocking completion event for delegation operations: delegate, release-delegated and
     * retrieve.
     */
    public interface DelegationEvent extends javax.telephony.media.DelegationEvent, BindAndReleaseEvent {
    }

    /**
     * Listener told when an asynchronous delegate, release-delegated or retrieve request has
     * finished.
     */
    public interface DelegationListener extends MediaListener {
        void onDelegateToServiceDone(javax.telephony.media.MediaServiceEvent mediaServiceEvent);

        void onReleaseDelegatedDone(javax.telephony.media.MediaServiceEvent mediaServiceEvent);

        void onRetrieveDone(javax.telephony.media.MediaServiceEvent mediaServiceEvent);
    }

    /**
     * Base of all non-blocking completion events: lets the caller test for completion, wait for it,
     * and rethrow a runtime failure.
     */
    public interface Event extends MediaEvent {
        boolean isDone();

        void throwIfRuntimeException() throws RuntimeException;

        void waitForEventDone();

        void waitForEventDone(long value) throws InterruptedException;

        void waitForListenersDone();
    }

    /**
     * Non-blocking completion event for media group operations such as configure, get or set
     * parameters, and stop.
     */
    public interface MediaGroupEvent extends javax.telephony.media.MediaGroupEvent, MediaServiceEvent {
        void throwIfConfigException() throws MediaConfigException;
    }

    /** Listener told when an asynchronous media group operation has finished. */
    public interface MediaGroupListener extends MediaListener {
        void onMediaGroupDone(javax.telephony.media.MediaGroupEvent mediaGroupEvent);
    }

    /**
     * Non-blocking completion event that also identifies the {@code MediaService} it belongs to.
     */
    public interface MediaServiceEvent extends javax.telephony.media.MediaServiceEvent, Event {
    }

    /**
     * Non-blocking form of the {@code MediaService} methods: each call returns an async event
     * instead of waiting for the result.
     */
    public interface MediaService {
        BindToCallEvent async_bindAndConnect(ConfigSpec configSpec, String string, String string2) throws MediaBindException;

        BindToCallEvent async_bindToCall(ConfigSpec configSpec, Call call) throws MediaBindException;

        BindEvent async_bindToServiceName(ConfigSpec configSpec, String string) throws MediaBindException;

        BindEvent async_bindToTerminal(ConfigSpec configSpec, Terminal terminal) throws MediaBindException;

        BindEvent async_bindToTerminalName(ConfigSpec configSpec, String string) throws MediaBindException;

        Event async_cancelBindRequest();

        MediaGroupEvent async_configure(ConfigSpec configSpec);

        MediaGroupEvent async_getConfiguration();

        MediaGroupEvent async_getParameters(Symbol[] symbols);

        MediaGroupEvent async_getTerminal();

        MediaGroupEvent async_getTerminalName();

        MediaGroupEvent async_getUserValues(Symbol[] symbols);

        ReleaseEvent async_release() throws MediaBindException;

        ReleaseEvent async_releaseToDestroy() throws MediaBindException;

        ReleaseEvent async_releaseToService(String string, int value) throws MediaBindException;

        ReleaseEvent async_releaseToTag(String string) throws MediaBindException, NotBoundException;

        MediaGroupEvent async_setParameters(Dictionary dictionary);

        MediaGroupEvent async_setUserDictionary(Dictionary dictionary);

        MediaGroupEvent async_setUserValues(Dictionary dictionary);

        MediaGroupEvent async_stop();

        MediaGroupEvent async_triggerRTC(Symbol symbol);
    }

    /** Non-blocking completion event for a release of the media group. */
    public interface ReleaseEvent extends BindAndReleaseEvent {
    }

    /** Non-blocking completion event for a resource operation; can rethrow a resource failure. */
    public interface ResourceEvent extends javax.telephony.media.ResourceEvent, MediaServiceEvent {
        void throwIfMediaResourceException() throws MediaResourceException;
    }
}
