package javax.telephony.media.provider;

import java.util.EventListener;

/**
 * Base for provider objects that issue requests and receive completion events, with an event queue
 * and listener registration.
 */
public class Base_Owner implements MPI.Owner {
    protected EventQueue eventQueue;

    protected Base_Owner() {
    }

    public void addListener(EventListener listener) {
        throw NotBuilt.member("Base_Owner.addListener");
    }

    protected void finalize() {
        throw NotBuilt.member("Base_Owner.finalize");
    }

    protected void initEventQueue(Object object) {
        throw NotBuilt.member("Base_Owner.initEventQueue");
    }

    public void onEventDone(Base.Event event) {
        throw NotBuilt.member("Base_Owner.onEventDone");
    }

    public void removeListener(EventListener listener) {
        throw NotBuilt.member("Base_Owner.removeListener");
    }

    public void setExceptionHandler(Dispatcher.ExceptionHandler exceptionHandler) {
        throw NotBuilt.member("Base_Owner.setExceptionHandler");
    }

    /**
     * Default handler used by {@code Base_Owner} for exceptions thrown by listeners during event
     * dispatch.
     */
    protected static class DispatcherExceptionHandler implements Dispatcher.ExceptionHandler {
        private DispatcherExceptionHandler() {}

        public void onDispatcherException(Dispatcher dispatcher, Exception exception, EventListener eventListener, Dispatcher.DispatchableEvent dispatchableEvent) {
            throw NotBuilt.member("Base_Owner.DispatcherExceptionHandler.onDispatcherException");
        }
    }
}
