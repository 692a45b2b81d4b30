package org.dialtone.internal.backend.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.backend.Signals;

/**
 * A fake model that writes down every signal as one line, e.g. {@code "failed 7 203"}, so tests
 * assert whole sequences. Thread-safe; {@link #next()} waits for signals sent from another thread.
 */
public final class RecordingSignals implements Signals {
    private final List<String> received = new ArrayList<>();
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final java.util.Set<String> watched = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Every signal so far, in the order received. */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Forgets what was received so far. */
    public synchronized void clear() {
        received.clear();
        unread.clear();
    }

    /** The next signal not read by this method, waiting up to 5 s; null if none came. */
    public String next() throws InterruptedException {
        return unread.poll(5, TimeUnit.SECONDS);
    }

    private synchronized void record(String signal) {
        received.add(signal);
        unread.add(signal);
    }

    @Override
    public void inService() {
        record("inService");
    }

    @Override
    public void outOfService(String reason) {
        record("outOfService " + reason);
    }

    @Override
    public void reached(long leg) {
        record("reached " + leg);
    }

    @Override
    public void offered(long leg) {
        record("offered " + leg);
    }

    @Override
    public void alerting(long leg) {
        record("alerting " + leg);
    }

    @Override
    public void answered(long leg, String terminal) {
        record("answered " + leg + " " + terminal);
    }

    @Override
    public void failed(long leg, int cause) {
        record("failed " + leg + " " + cause);
    }

    @Override
    public void released(long leg, int cause) {
        record("released " + leg + " " + cause);
    }

    @Override
    public void parkRecall(long orbitLeg) {
        record("parkRecall " + orbitLeg);
    }

    @Override
    public void diverted(long leg, long newLeg, String destination) {
        record("diverted " + leg + " " + newLeg + " " + destination);
    }

    @Override
    public void replaced(long leg, long newLeg, String party) {
        record("replaced " + leg + " " + newLeg + " " + party);
    }

    @Override
    public void callback(long request, long leg, String requester, String target) {
        record("callback " + request + " " + leg + " " + requester + " " + target);
    }

    @Override
    public void incoming(long leg, String caller, String address) {
        record("incoming " + leg + " " + caller + " " + address);
    }

    @Override
    public void phoneAnswered(String terminal, String address) {
        record("phoneAnswered " + terminal + " " + address);
    }

    @Override
    public void phoneHungUp(String terminal, String address) {
        record("phoneHungUp " + terminal + " " + address);
    }

    @Override
    public void phoneDialled(String terminal, String address, String destination) {
        record("phoneDialled " + terminal + " " + address + " " + destination);
    }

    @Override
    public void handedOver(CallImage call) {
        record("handedOver " + call.legIds());
    }

    @Override
    public void digits(String party, String digits) {
        record("digits " + party + " " + digits);
    }

    /** Watches nothing, unless told to. */
    @Override
    public boolean watches(String address) {
        return watched.contains(address);
    }

    /** Makes {@link #watches} answer true for {@code address}. */
    public void watch(String address) {
        watched.add(address);
    }
}
