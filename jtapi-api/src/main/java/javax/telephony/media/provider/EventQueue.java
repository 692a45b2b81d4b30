package javax.telephony.media.provider;

/**
 * {@code Dispatcher} that queues completed provider events and delivers them to listeners in order.
 */
public class EventQueue extends Dispatcher {
    public EventQueue() {
    }

    public void enqueueDoneEvent(Base.Event event) {
        throw NotBuilt.member("EventQueue.enqueueDoneEvent");
    }

    public void flush() {
        throw NotBuilt.member("EventQueue.flush");
    }

    protected DispatchableEvent getNextEvent() {
        throw NotBuilt.member("EventQueue.getNextEvent");
    }

    public void notifyListeners(DispatchableEvent dispatchableEvent) {
        throw NotBuilt.member("EventQueue.notifyListeners");
    }

    public void start(String string) {
        throw NotBuilt.member("EventQueue.start");
    }

    public void stop() {
        throw NotBuilt.member("EventQueue.stop");
    }

    public String toString() {
        throw NotBuilt.member("EventQueue.toString");
    }
}
