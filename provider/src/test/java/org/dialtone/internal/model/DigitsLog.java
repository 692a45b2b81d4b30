package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.telephony.CallEvent;
import org.dialtone.ext.DigitsEvent;
import org.dialtone.ext.DigitsListener;

/** Writes down digits ({@code "digits 5550100 12#"}) and the end of the call's events ({@code "ended"}). */
final class DigitsLog implements DigitsListener {
    private final List<String> lines = new ArrayList<>();
    private final List<DigitsEvent> events = new ArrayList<>();

    @Override
    public synchronized void digitsReceived(DigitsEvent event) {
        events.add(event);
        add("digits " + event.getConnection().getAddress().getName() + " " + event.getDigits());
    }

    @Override
    public void callEventTransmissionEnded(CallEvent event) {
        add("ended");
    }

    private synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    synchronized List<DigitsEvent> events() {
        return new ArrayList<>(events);
    }

    synchronized List<String> await(String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!lines.contains(line)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + line + "' within 5 s; got " + lines);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return new ArrayList<>(lines);
    }
}
