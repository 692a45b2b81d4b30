package org.dialtone.samples;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.telephony.Call;

/**
 * Short names for calls: JTAPI calls have no identifier an application can print, so each call
 * gets a number the first time a sample sees it ({@code call #1}, {@code call #2}, ...). The monitor
 * and the console share one instance in the demo, so both print the same number for a call.
 *
 * <p>Thread-safe. A call the provider and the sample have both let go of is forgotten (weakly held).
 */
public final class CallNames {
    private final Map<Call, Integer> numbers = new WeakHashMap<>();
    private int last;

    /** The call's number, given now if the call has none yet. */
    public synchronized int numberOf(Call call) {
        Objects.requireNonNull(call, "call");
        return numbers.computeIfAbsent(call, c -> ++last);
    }

    /** {@code call #N}. */
    public String nameOf(Call call) {
        return "call #" + numberOf(call);
    }

    /** How many calls have been named so far. */
    public synchronized int count() {
        return last;
    }

    /** The call that has number {@code number}, if it is still known. */
    public synchronized Optional<Call> callNumbered(int number) {
        for (Map.Entry<Call, Integer> entry : numbers.entrySet()) {
            if (entry.getValue() == number) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
