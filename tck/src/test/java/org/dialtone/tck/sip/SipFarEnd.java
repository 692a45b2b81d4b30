package org.dialtone.tck.sip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.telephony.Address;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.events.CallEv;
import org.dialtone.tck.spi.FarEnd;

/**
 * The kit's far end on sip: a second Dialtone sip provider, reached as the tested provider's
 * outbound proxy, whose users are the external numbers; its application plays them (calls out,
 * answers, rejects, is busy by do-not-disturb). The tested provider's own users have no phone but
 * the application under test, so what a person would do at their phones is not offered.
 */
final class SipFarEnd implements FarEnd {
    private enum Script { ANSWER, REJECT }

    private final Provider far;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    /** The far application's actions run here, never on the provider's event threads. */
    private final ExecutorService actions = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tck-sip-far-end");
        t.setDaemon(true);
        return t;
    });

    SipFarEnd(Provider far, Iterable<String> numbers) {
        this.far = far;
        for (String number : numbers) {
            try {
                far.getAddress(number).addCallObserver(new Ringing(number));
            } catch (Exception e) {
                throw new IllegalStateException("the far provider has no user " + number, e);
            }
        }
    }

    /** Reacts to calls ringing at a far number as its script says. */
    private final class Ringing implements CallControlCallObserver {
        private final String number;

        Ringing(String number) {
            this.number = number;
        }

        @Override
        public void callChangedEvent(CallEv[] events) {
            for (CallEv event : events) {
                if (event.getID() != CallCtlTermConnRingingEv.ID) {
                    continue;
                }
                TerminalConnection tc = ((CallCtlTermConnRingingEv) event).getTerminalConnection();
                if (!tc.getConnection().getAddress().getName().equals(number)) {
                    continue;
                }
                Script script = scripts.get(number);
                if (script == Script.ANSWER) {
                    actions.execute(() -> quietly(tc::answer));
                } else if (script == Script.REJECT) {
                    actions.execute(() -> quietly(tc.getConnection()::disconnect)); // declined: 486 or 603
                }
            }
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void quietly(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            // the tested side gave up meanwhile: the kit sees that on its own provider
        }
    }

    private Address farAddress(String number) {
        try {
            return far.getAddress(number);
        } catch (Exception e) {
            throw new UnsupportedOperationException("only the far provider's users can be scripted on sip; "
                    + number + " is not one");
        }
    }

    @Override
    public void call(String externalNumber, String address) {
        Address from = farAddress(externalNumber);
        try {
            ((CallControlCall) far.createCall()).connect(from.getTerminals()[0], from, address);
        } catch (Exception e) {
            throw new IllegalStateException("the far end could not call " + address + ": " + e, e);
        }
    }

    @Override
    public void willAnswer(String number) {
        farAddress(number);
        scripts.put(number, Script.ANSWER);
    }

    @Override
    public void willReject(String number) {
        farAddress(number);
        scripts.put(number, Script.REJECT);
    }

    @Override
    public void willBeBusy(String number) {
        try {
            ((CallControlAddress) farAddress(number)).setDoNotDisturb(true);
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the far end could not be busy: " + e, e);
        }
    }

    /** Ends the far application's work and the far provider. */
    void close() {
        actions.shutdownNow();
        far.shutdown();
    }
}
