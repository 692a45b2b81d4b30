package org.dialtone.samples.demo;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.Provider;
import org.dialtone.samples.EventFunnel;

/** Waits for the provider to have no call left, woken by the events of the addresses it watches. */
final class Calls extends EventFunnel {
    private final Provider provider;

    private Calls(Provider provider) {
        this.provider = provider;
    }

    /**
     * Waits up to {@code timeout} for {@code provider} to have no call, listening to
     * {@code addresses}, and returns how many calls are left.
     */
    static int awaitNone(Provider provider, List<String> addresses, Duration timeout) throws Exception {
        Calls waiter = new Calls(provider);
        for (String address : addresses) {
            provider.getAddress(address).addCallListener(waiter);
        }
        try {
            return waiter.await(timeout);
        } finally {
            for (String address : addresses) {
                provider.getAddress(address).removeCallListener(waiter);
            }
        }
    }

    private synchronized int await(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return count();
    }

    private int count() throws Exception {
        Call[] calls = provider.getCalls();
        return calls == null ? 0 : calls.length;
    }

    @Override
    protected synchronized void onEvent(Event event) {
        notifyAll();
    }
}
