package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import org.dialtone.DialtonePeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each listener or observer has a delivery queue of its own: one that throws or blocks in its
 * callback hurts nobody else, and one that throws still hears every later event.
 */
class SubscriberTest {
    private static final String LISTENER_END = "CALL_EVENT_TRANSMISSION_ENDED";
    private static final String OBSERVER_END = "CallObservationEndedEv";

    private final Provider provider = new DialtonePeer().getProvider("sim");
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void shutDown() {
        release.countDown();
        provider.shutdown();
    }

    @Test
    void aListenerThatThrowsHearsEveryLaterEventAndOthersHearTheirs() throws Exception {
        Recorder throwerHeard = new Recorder();
        Recorder other = new Recorder();
        Address a1001 = provider.getAddress("1001");
        a1001.addCallListener(listener(throwerHeard, Behaviour.THROW));
        a1001.addCallListener(other);

        answeredCallThatEnds(other, LISTENER_END);

        List<String> expected = other.lines();
        assertThat(expected).contains("SINGLECALL_META_PROGRESS_STARTED", "CALL_ACTIVE", "CONNECTION_ALERTING 1002",
                "CALLCTL_TERMINAL_CONNECTION_TALKING 1002", "CALL_INVALID", LISTENER_END);
        throwerHeard.await(LISTENER_END);
        assertThat(throwerHeard.lines()).isEqualTo(expected);
    }

    @Test
    void anObserverThatThrowsHearsEveryLaterBatchAndOthersHearTheirs() throws Exception {
        Recorder throwerHeard = new Recorder();
        Recorder other = new Recorder();
        Address a1001 = provider.getAddress("1001");
        a1001.addCallObserver(observer(throwerHeard, Behaviour.THROW));
        a1001.addCallObserver(other);

        answeredCallThatEnds(other, OBSERVER_END);

        List<String> expected = other.lines();
        assertThat(expected).contains("CallActiveEv", "ConnAlertingEv 1002", "CallInvalidEv", OBSERVER_END);
        throwerHeard.await(OBSERVER_END);
        assertThat(throwerHeard.lines()).isEqualTo(expected);
    }

    @Test
    void aListenerBlockedInItsCallbackDelaysNeitherOtherSubscribersNorTheCall() throws Exception {
        Recorder slowHeard = new Recorder();
        Recorder otherListener = new Recorder();
        Recorder otherObserver = new Recorder();
        Address a1001 = provider.getAddress("1001");
        a1001.addCallListener(listener(slowHeard, Behaviour.BLOCK));
        a1001.addCallListener(otherListener);
        a1001.addCallObserver(otherObserver);

        // The whole call runs, and both others hear all of it, while the slow one is stuck in its first callback.
        answeredCallThatEnds(otherListener, LISTENER_END);
        otherObserver.await(OBSERVER_END);
        assertThat(slowHeard.lines()).isEmpty();

        release.countDown();
        slowHeard.await(LISTENER_END);
        assertThat(slowHeard.lines()).isEqualTo(otherListener.lines());
    }

    @Test
    void anObserverBlockedInItsCallbackDelaysNeitherOtherSubscribersNorTheCall() throws Exception {
        Recorder slowHeard = new Recorder();
        Recorder otherObserver = new Recorder();
        Recorder otherListener = new Recorder();
        Address a1001 = provider.getAddress("1001");
        a1001.addCallObserver(observer(slowHeard, Behaviour.BLOCK));
        a1001.addCallObserver(otherObserver);
        a1001.addCallListener(otherListener);

        answeredCallThatEnds(otherObserver, OBSERVER_END);
        otherListener.await(LISTENER_END);
        assertThat(slowHeard.lines()).isEmpty();

        release.countDown();
        slowHeard.await(OBSERVER_END);
        assertThat(slowHeard.lines()).isEqualTo(otherObserver.lines());
    }

    @Test
    void aCallbackThatShutsTheProviderDownIsNotKeptWaitingForItself() throws Exception {
        CountDownLatch returned = new CountDownLatch(1);
        ProviderListener quitter = (ProviderListener) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProviderListener.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    if (method.getName().equals("providerInService")) {
                        provider.shutdown();
                        returned.countDown();
                    }
                    return null;
                });

        // The provider is in service, so the listener hears it at once and shuts the provider down.
        provider.addProviderListener(quitter);

        assertThat(returned.await(5, TimeUnit.SECONDS)).as("shutdown returned to the callback").isTrue();
        assertThat(provider.getState()).isEqualTo(Provider.SHUTDOWN);
    }

    @Test
    void aListenerAddedAgainWhileItsEarlierEventsWaitHearsThemFirstAndOneAtATime() throws Exception {
        Recorder heard = new Recorder();
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        CallListener listener = (CallListener) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallControlConnectionListener.class, CallControlTerminalConnectionListener.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    if (inside.incrementAndGet() > 1) {
                        overlapped.set(true);
                    }
                    try {
                        if (first.getAndSet(false) && !release.await(30, TimeUnit.SECONDS)) {
                            throw new AssertionError("never released");
                        }
                        method.invoke(heard, args);
                        return null;
                    } finally {
                        inside.decrementAndGet();
                    }
                });
        Address a1001 = provider.getAddress("1001");
        a1001.addCallListener(listener);
        provider.createCall().connect(provider.getTerminal("1001"), a1001, "1002");

        // Its first callback is stuck; it leaves the call and comes back through the terminal.
        a1001.removeCallListener(listener);
        provider.getTerminal("1001").addCallListener(listener);
        release.countDown();

        List<String> lines = heard.await("SINGLECALL_META_SNAPSHOT_ENDED");
        assertThat(lines.indexOf(LISTENER_END)).as("end of the first attachment in %s", lines)
                .isBetween(lines.indexOf("CONNECTION_CREATED 1002"), lines.indexOf("SINGLECALL_META_SNAPSHOT_STARTED"));
        assertThat(overlapped).as("two callbacks at once").isFalse();
        assertThat(((ProviderImpl) provider).holdings()).isEqualTo("calls=1 legs=2 subscribers=1");
    }

    /** 1001 calls 1002, which answers; then 1001 hangs up; waits until {@code recorder} hears {@code end}. */
    private void answeredCallThatEnds(Recorder recorder, String end) throws Exception {
        Call call = provider.createCall();
        Connection[] parts = call.connect(provider.getTerminal("1001"), provider.getAddress("1001"), "1002");
        recorder.await(end.equals(LISTENER_END) ? "TERMINAL_CONNECTION_RINGING 1002" : "TermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        parts[0].disconnect();
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        recorder.await(end);
    }

    private enum Behaviour { THROW, BLOCK }

    private CallListener listener(Recorder heard, Behaviour behaviour) {
        return (CallListener) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallControlConnectionListener.class, CallControlTerminalConnectionListener.class},
                handler(heard, behaviour));
    }

    private CallObserver observer(Recorder heard, Behaviour behaviour) {
        return (CallObserver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallControlCallObserver.class}, handler(heard, behaviour));
    }

    /**
     * Passes each callback on to {@code heard}, then throws; or first waits for {@link #release}
     * (bounded, so a failing test cannot hang).
     */
    private InvocationHandler handler(Recorder heard, Behaviour behaviour) {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            if (behaviour == Behaviour.BLOCK && !release.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
            try {
                method.invoke(heard, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (behaviour == Behaviour.THROW) {
                throw new IllegalStateException("a bug in the application's " + method.getName());
            }
            return null;
        };
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals": return proxy == args[0];
            case "hashCode": return System.identityHashCode(proxy);
            default: return "subscriber@" + Integer.toHexString(System.identityHashCode(proxy));
        }
    }
}
