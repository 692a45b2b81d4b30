package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.Connection;
import javax.telephony.Terminal;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.DelegationConstants;
import javax.telephony.media.MediaBindException;
import javax.telephony.media.MediaCallException;
import javax.telephony.media.MediaConfigException;
import javax.telephony.media.MediaResourceException;
import javax.telephony.media.MediaService;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async;

/** Container class for the nested provider-side event implementation classes. */
public class Base {
    public Base() {
    }

    /**
     * Provider-side base implementation of completion events for bind and release requests, holding
     * the media group involved.
     */
    public static abstract class BindAndReleaseEvent extends MediaServiceEvent implements Async.BindAndReleaseEvent {
        protected MPI.MediaGroup mediaGroup;

        public BindAndReleaseEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void throwIfBindException() throws MediaBindException {
            throw NotBuilt.member("Base.BindAndReleaseEvent.throwIfBindException");
        }

        public void throwIfConfigException() throws MediaConfigException {
            throw NotBuilt.member("Base.BindAndReleaseEvent.throwIfConfigException");
        }
    }

    /**
     * Provider-side completion event for a bind request, completed with the media group that was
     * bound or with a failure.
     */
    public static class BindEvent extends BindAndReleaseEvent implements Async.BindEvent {
        public BindEvent(Object object) {
            super(object, (Symbol) null);
        }

        public BindEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.BindEvent.dispatch");
        }

        public void done(Exception exception, MPI.MediaGroup mediaGroup) {
            throw NotBuilt.member("Base.BindEvent.done");
        }

        public void throwIfConfigException() throws MediaConfigException {
            throw NotBuilt.member("Base.BindEvent.throwIfConfigException");
        }
    }

    /**
     * Provider-side completion event for a bind to a call, also recording the resulting {@code
     * Connection}.
     */
    public static class BindToCallEvent extends BindEvent implements Async.BindToCallEvent {
        protected Connection connection;

        public BindToCallEvent(Object object) {
            super(object);
        }

        public BindToCallEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void done(Exception exception, MPI.MediaGroup mediaGroup, Connection connection) {
            throw NotBuilt.member("Base.BindToCallEvent.done");
        }

        public Connection getConnection() {
            throw NotBuilt.member("Base.BindToCallEvent.getConnection");
        }

        public void throwIfCallException() throws MediaCallException {
            throw NotBuilt.member("Base.BindToCallEvent.throwIfCallException");
        }
    }

    /**
     * Provider-side unsolicited event, delivered to {@code DelegationListener}s, reporting a change
     * in delegation of the media group.
     */
    public static class DelegatedEvent extends MediaServiceEvent implements DelegationConstants {
        public DelegatedEvent(Object object) {
            super(object, (Symbol) null);
        }

        public DelegatedEvent(Object object, Symbol symbol, Exception exception) {
            super(object, symbol, exception);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.DelegatedEvent.dispatch");
        }
    }

    /** Provider-side completion event for delegate, release-delegated and retrieve requests. */
    public static class DelegationEvent extends BindAndReleaseEvent implements Async.DelegationEvent {
        public DelegationEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.DelegationEvent.dispatch");
        }

        public void done(Exception exception, MPI.MediaGroup mediaGroup) {
            throw NotBuilt.member("Base.DelegationEvent.done");
        }

        public Symbol getRetrieveCause() {
            throw NotBuilt.member("Base.DelegationEvent.getRetrieveCause");
        }

        public String getReturnTag() {
            throw NotBuilt.member("Base.DelegationEvent.getReturnTag");
        }

        public boolean reconfigurationFailed() {
            throw NotBuilt.member("Base.DelegationEvent.reconfigurationFailed");
        }
    }

    /**
     * Provider-side unsolicited event reporting that the media group has been disconnected from its
     * call.
     */
    public static class DisconnectedEvent extends MediaServiceEvent {
        public DisconnectedEvent(Object object) {
            super(object, (Symbol) null);
        }

        public DisconnectedEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public DisconnectedEvent(Object object, Symbol symbol, Exception exception) {
            super(object, symbol, exception);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.DisconnectedEvent.dispatch");
        }
    }

    /**
     * Provider-side base event implementation: holds the event fields, records completion, supports
     * waiting and dispatches itself to listeners.
     */
    public static class Event extends EventObject implements Async.Event, Dispatcher.DispatchableEvent {
        protected Symbol error;
        protected Symbol eventID;
        protected Exception exception;
        protected boolean isNonTrans;
        protected boolean isRequest;
        protected Dictionary payload;
        protected Symbol qual;
        protected int suberror;

        public Event(Object object, Symbol symbol) {
            super(object);
        }

        public Event(Object object, Symbol symbol, Exception exception) {
            super(object);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.Event.dispatch");
        }

        public void done(Exception exception) {
            throw NotBuilt.member("Base.Event.done");
        }

        public Symbol getError() {
            throw NotBuilt.member("Base.Event.getError");
        }

        public Symbol getEventID() {
            throw NotBuilt.member("Base.Event.getEventID");
        }

        public Exception getException() {
            throw NotBuilt.member("Base.Event.getException");
        }

        public MediaService getMediaService() {
            throw NotBuilt.member("Base.Event.getMediaService");
        }

        public Dictionary getPayload() {
            throw NotBuilt.member("Base.Event.getPayload");
        }

        public Symbol getQualifier() {
            throw NotBuilt.member("Base.Event.getQualifier");
        }

        public int getSubError() {
            throw NotBuilt.member("Base.Event.getSubError");
        }

        public Symbol getWarning() {
            throw NotBuilt.member("Base.Event.getWarning");
        }

        public final boolean isDone() {
            throw NotBuilt.member("Base.Event.isDone");
        }

        public void setError(Symbol error) {
            throw NotBuilt.member("Base.Event.setError");
        }

        protected void setFields() {
            throw NotBuilt.member("Base.Event.setFields");
        }

        public void setFields(Dictionary fields) {
            throw NotBuilt.member("Base.Event.setFields");
        }

        public void setFields(Symbol symbol, Symbol symbol2, int value, Dictionary dictionary) {
            throw NotBuilt.member("Base.Event.setFields");
        }

        public void setPayload(Dictionary payload) {
            throw NotBuilt.member("Base.Event.setPayload");
        }

        public void setQualifier(Symbol qualifier) {
            throw NotBuilt.member("Base.Event.setQualifier");
        }

        public void setSubError(int subError) {
            throw NotBuilt.member("Base.Event.setSubError");
        }

        public void throwIfRuntimeException() {
            throw NotBuilt.member("Base.Event.throwIfRuntimeException");
        }

        public String toString() {
            throw NotBuilt.member("Base.Event.toString");
        }

        protected String toString1() {
            throw NotBuilt.member("Base.Event.toString1");
        }

        public void waitForEventDone() {
            throw NotBuilt.member("Base.Event.waitForEventDone");
        }

        public final void waitForEventDone(long value) throws InterruptedException {
            throw NotBuilt.member("Base.Event.waitForEventDone");
        }

        public void waitForListenersDone() {
            throw NotBuilt.member("Base.Event.waitForListenersDone");
        }

        /**
         * Unchecked exception thrown when a thread blocked waiting for an event to complete is
         * interrupted.
         */
        public static final class SyncInterruptedException extends RuntimeException {
            private SyncInterruptedException() {}
        }
    }

    /**
     * Provider-side completion event for media group operations, completed with the requested
     * result value.
     */
    public static class MediaGroupEvent extends MediaServiceEvent implements Async.MediaGroupEvent {
        public MediaGroupEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.MediaGroupEvent.dispatch");
        }

        public void done(Exception exception, Object object) {
            throw NotBuilt.member("Base.MediaGroupEvent.done");
        }

        public ConfigSpec getConfigSpec() {
            throw NotBuilt.member("Base.MediaGroupEvent.getConfigSpec");
        }

        public Dictionary getDictionary() {
            throw NotBuilt.member("Base.MediaGroupEvent.getDictionary");
        }

        public Terminal getTerminal() {
            throw NotBuilt.member("Base.MediaGroupEvent.getTerminal");
        }

        public String getTerminalName() {
            throw NotBuilt.member("Base.MediaGroupEvent.getTerminalName");
        }

        public void throwIfConfigException() throws MediaConfigException {
            throw NotBuilt.member("Base.MediaGroupEvent.throwIfConfigException");
        }
    }

    /**
     * Provider-side event implementation tied to the {@code MediaService} that issued the request.
     */
    public static class MediaServiceEvent extends Event implements javax.telephony.media.MediaServiceEvent {
        public MediaServiceEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public MediaServiceEvent(Object object, Symbol symbol, Exception exception) {
            super(object, symbol, exception);
        }

        public MediaService getMediaService() {
            throw NotBuilt.member("Base.MediaServiceEvent.getMediaService");
        }
    }

    /** Provider-side completion event for release requests. */
    public static class ReleaseEvent extends BindAndReleaseEvent implements Async.ReleaseEvent {
        public ReleaseEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public void dispatch(EventListener eventListener) {
            throw NotBuilt.member("Base.ReleaseEvent.dispatch");
        }
    }

    /**
     * Abstract provider-side event implementation for resource operations, including the RTC
     * condition that ended the operation.
     */
    public static abstract class ResourceEvent extends MediaServiceEvent implements Async.ResourceEvent {
        protected Symbol rtcc;

        public ResourceEvent(Object object, Symbol symbol) {
            super(object, symbol);
        }

        public ResourceEvent(Object object, Symbol symbol, Exception exception, Symbol symbol2, Symbol symbol3, int value, Dictionary dictionary) {
            super(object, symbol, exception);
        }

        public Symbol getRTCTrigger() {
            throw NotBuilt.member("Base.ResourceEvent.getRTCTrigger");
        }

        public void throwIfMediaResourceException() throws MediaResourceException {
            throw NotBuilt.member("Base.ResourceEvent.throwIfMediaResourceException");
        }

        protected String toString1() {
            throw NotBuilt.member("Base.ResourceEvent.toString1");
        }
    }
}
