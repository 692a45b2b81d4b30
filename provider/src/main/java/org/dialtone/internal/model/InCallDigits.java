package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.events.Ev;
import org.dialtone.ext.DigitsListener;
import org.dialtone.internal.event.DigitsEventImpl;

/**
 * The {@link org.dialtone.ext.Digits} extension: DTMF digits sent from a talking terminal to the
 * other connected parties of its call, and digits a party sends delivered to the call's
 * {@link DigitsListener}s, through their own queues so they stay in order with the call's events.
 */
final class InCallDigits {
    /** The DTMF keys, in the order of a keypad's rows and the fourth column. */
    static final String KEYS = "0123456789*#ABCD";

    private InCallDigits() {
    }

    static void send(TerminalConnectionImpl tc, String digits)
            throws InvalidArgumentException, InvalidStateException {
        if (digits == null || digits.isEmpty()) {
            throw Refusals.argument("sendDigits needs at least one digit, got " + (digits == null ? "null" : "none"));
        }
        for (int i = 0; i < digits.length(); i++) {
            if (KEYS.indexOf(digits.charAt(i)) < 0) {
                throw Refusals.argument("'" + digits + "' has '" + digits.charAt(i) + "', which is not a DTMF digit ("
                        + KEYS + ")");
            }
        }
        CallImpl call = tc.connection().call();
        ProviderImpl provider = call.provider();
        provider.command(Ev.META_UNKNOWN, () -> {
            provider.requireInService();
            if (tc.state() != TerminalConnectionState.TALKING) {
                throw Refusals.terminalConnection(tc, "sendDigits needs a TALKING terminal connection");
            }
            List<ConnectionImpl> hearers = new ArrayList<>();
            for (ConnectionImpl c : call.connectionList()) {
                if (c != tc.connection() && c.state() == ConnectionState.ESTABLISHED) {
                    hearers.add(c);
                }
            }
            if (hearers.isEmpty()) {
                throw Refusals.terminalConnection(tc, "sendDigits needs another party of " + call
                        + " connected to hear them");
            }
            for (ConnectionImpl c : hearers) {
                provider.backend().sendDigits(c.leg, c.address().getName(), digits);
            }
            return null;
        });
    }

    /** Loop only: {@code party} sent {@code digits}; each call where it is connected tells its digits listeners. */
    static void received(ProviderImpl provider, String party, String digits) {
        Call[] calls = provider.getCalls();
        if (calls == null) {
            return;
        }
        for (Call each : calls) {
            CallImpl call = (CallImpl) each;
            for (ConnectionImpl c : call.connectionList()) {
                if (c.state() == ConnectionState.ESTABLISHED && c.address().getName().equals(party)) {
                    DigitsEventImpl event = new DigitsEventImpl(call, c, digits);
                    for (Attachment a : call.listenerAttachments()) {
                        if (a.target instanceof DigitsListener listener && a.subscriber != null) {
                            a.subscriber.deliver(() -> listener.digitsReceived(event));
                        }
                    }
                }
            }
        }
    }
}
