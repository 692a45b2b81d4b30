package javax.telephony.media.provider;

import java.util.EventListener;

/**
 * Runnable that takes events one at a time on its own thread and delivers them to its registered
 * listeners.
 */
public class Dispatcher implements Runnable {
    protected Thread dispatcherThread;
    protected String state;
    protected boolean stopNow;

    public Dispatcher() {
    }

    public void addListener(EventListener listener) {
        throw NotBuilt.member("Dispatcher.addListener");
    }

    public void close() {
        throw NotBuilt.member("Dispatcher.close");
    }

    protected DispatchableEvent getNextEvent() throws Exception {
        throw NotBuilt.member("Dispatcher.getNextEvent");
    }

    public boolean isRunning() {
        throw NotBuilt.member("Dispatcher.isRunning");
    }

    public void notifyListeners(DispatchableEvent dispatchableEvent) {
        throw NotBuilt.member("Dispatcher.notifyListeners");
    }

    public static String objName(Object object) {
        throw NotBuilt.member("Dispatcher.objName");
    }

    protected void onDispatcherException(Dispatcher dispatcher, Exception exception, EventListener eventListener, DispatchableEvent dispatchableEvent) {
        throw NotBuilt.member("Dispatcher.onDispatcherException");
    }

    public static void printDispatcherException(String string, Dispatcher dispatcher, Exception exception, EventListener eventListener, DispatchableEvent dispatchableEvent) {
        throw NotBuilt.member("Dispatcher.printDispatcherException");
    }

    public void removeListener(EventListener listener) {
        throw NotBuilt.member("Dispatcher.removeListener");
    }

    public void run() {
        throw NotBuilt.member("Dispatcher.run");
    }

    public void setExceptionHandler(ExceptionHandler exceptionHandler) {
        throw NotBuilt.member("Dispatcher.setExceptionHandler");
    }

    public void start() {
        throw NotBuilt.member("Dispatcher.start");
    }

    public void start(Object object) {
        throw NotBuilt.member("Dispatcher.start");
    }

    public void start(String string) {
        throw NotBuilt.member("Dispatcher.start");
    }

    public void stop() {
        throw NotBuilt.member("Dispatcher.stop");
    }

    public String toString() {
        throw NotBuilt.member("Dispatcher.toString");
    }

    /** Event that knows how to deliver itself to a given listener. */
    public interface DispatchableEvent {
        void dispatch(EventListener eventListener);
    }

    /**
     * Callback invoked when a listener throws an exception while a {@code Dispatcher} is delivering
     * an event.
     */
    public interface ExceptionHandler {
        void onDispatcherException(Dispatcher dispatcher, Exception exception, EventListener eventListener, DispatchableEvent dispatchableEvent);
    }
}
