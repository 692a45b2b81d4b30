package org.dialtone.internal.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.event.EventNames;

/**
 * {@code CallControlCall.transfer(String)}, the single-step (blind) transfer. The destination is
 * called first, on a leg that is not yet part of the call; only when the backend says the
 * destination is reached, offered, alerting or answered does the transfer happen, as one step: the
 * controller leaves and the destination's connection joins the call, under
 * {@code META_CALL_TRANSFERRING} and one {@code MULTICALL_META_TRANSFER} bracket (new call and old
 * call both this call). If the destination fails (busy, unknown, rejected), the call is left as it
 * was and the method throws {@link InvalidPartyException}: the parties never notice.
 *
 * <p>The application thread waits for the outcome, with the model's timeout, as the spec's
 * synchronous methods do (docs/concurrency.md, rule 3).
 */
final class BlindTransfer implements PendingLegs.Waiter {
    private final CallImpl call;
    private final TerminalConnectionImpl controller;
    // Loop-owned: a diversion by the destination's forwarding changes both.
    private AddressImpl destination;
    private long leg = LegIds.next();
    private final CompletableFuture<ConnectionImpl> result = new CompletableFuture<>();

    private BlindTransfer(CallImpl call, TerminalConnectionImpl controller, AddressImpl destination) {
        this.call = call;
        this.controller = controller;
        this.destination = destination;
    }

    /** Application thread: checks and calls the destination, then waits until the transfer is done or refused. */
    static Connection transfer(CallImpl call, String number)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException {
        BlindTransfer t = call.provider().command(Ev.META_CALL_TRANSFERRING, () -> start(call, number));
        return t.await();
    }

    /** Loop: the checks, then the call to the destination. Nothing in the model changes yet. */
    private static BlindTransfer start(CallImpl call, String number)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, "transfer needs an ACTIVE call");
        }
        Transfer.requireEnabled(call);
        TerminalConnectionImpl controller = controllerOf(call);
        ConnectionImpl transferred = Transfer.staying(call, controller).stream().findFirst().orElseThrow(() ->
                Refusals.call(call, "transfer needs a party besides the controller " + controller));
        AddressImpl destination = provider.destination(number);
        boolean inCall = call.connectionList().stream()
                .anyMatch(c -> c.state().isLive() && c.address().getName().equals(destination.getName()));
        if (inCall) {
            throw Refusals.destination("cannot transfer " + call + " to " + number + ", which is in it already");
        }
        if (destination.isLocal() && SecureCalls.engages(destination)) {
            throw Refusals.destination("transfer destination " + number + " is busy (in a secured call); " + call
                    + " is as it was");
        }
        BlindTransfer t = new BlindTransfer(call, controller, destination);
        provider.pendingLegs().add(t.leg, t);
        String caller = transferred.address().getName();
        if (destination.isLocal()) {
            provider.backend().offer(t.leg, caller, destination.getName());
        } else {
            provider.backend().routeTransfer(t.leg, transferred.leg, caller, destination.getName());
        }
        return t;
    }

    /** The controller the application set, which must talk, or else the first local terminal that talks. */
    private static TerminalConnectionImpl controllerOf(CallImpl call) throws InvalidStateException {
        TerminalConnectionImpl set = call.settings().transferController();
        if (set != null) {
            if (set.state() != TerminalConnectionState.TALKING) {
                throw Refusals.terminalConnection(set, "a blind transfer needs its controller TALKING");
            }
            return set;
        }
        for (ConnectionImpl c : call.connectionList()) {
            for (TerminalConnectionImpl tc : c.terminalConnectionList()) {
                if (c.state().isLive() && tc.state() == TerminalConnectionState.TALKING) {
                    return tc;
                }
            }
        }
        throw Refusals.call(call, "a blind transfer needs a TALKING terminal connection to control it");
    }

    @Override
    public void settle(PendingLegs.Outcome outcome, int cause, String terminal) {
        if (outcome == PendingLegs.Outcome.FAILED || outcome == PendingLegs.Outcome.RELEASED) {
            result.completeExceptionally(Refusals.destination("transfer destination " + destination.getName()
                    + " cannot take the call (" + EventNames.cause(cause) + "); " + call + " is as it was"));
            return;
        }
        try {
            recheck();
        } catch (InvalidStateException meanwhile) {
            call.provider().backend().release(leg, Ev.CAUSE_CALL_CANCELLED);
            result.completeExceptionally(meanwhile);
            return;
        }
        ProviderImpl provider = call.provider();
        provider.multiCall(Ev.META_CALL_TRANSFERRING, call, call);
        provider.backend().transfer(PartyMove.legs(Transfer.staying(call, controller)), new long[] {leg});
        PartyMove.dropController(controller, CallCtlEv.CAUSE_TRANSFER);
        ConnectionImpl joined = call.newConnection(destination, leg);
        switch (outcome) {
            case REACHED -> call.onReached(joined);
            case OFFERED -> call.onOffered(joined);
            case ALERTING -> call.onAlerting(joined);
            default -> call.onAnswered(joined, terminal);
        }
        result.complete(joined);
    }

    /** The destination forwards the call: the transfer goes where it is forwarded to. */
    @Override
    public boolean diverted(long newLeg, String to) {
        try {
            destination = call.provider().destination(to);
        } catch (InvalidPartyException e) {
            result.completeExceptionally(e);
            return false;
        }
        leg = newLeg;
        return true;
    }

    /** The call may have changed while the destination was called: the transfer must still make sense. */
    private void recheck() throws InvalidStateException {
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, "the call ended before the transfer destination answered");
        }
        if (controller.state() != TerminalConnectionState.TALKING) {
            throw Refusals.terminalConnection(controller, "the transfer controller stopped talking before "
                    + "the destination answered");
        }
        if (Transfer.staying(call, controller).isEmpty()) {
            throw Refusals.call(call, "every other party left before the transfer destination answered");
        }
    }

    @Override
    public void abandon() {
        ProviderImpl provider = call.provider();
        result.completeExceptionally(new InvalidStateException(provider, InvalidStateException.PROVIDER_OBJECT,
                Provider.SHUTDOWN, "provider " + provider.getName() + " is SHUTDOWN: it shut down before transfer "
                        + "destination " + destination.getName() + " answered"));
    }

    /** Application thread: the outcome, or the refusal, as the caller's own exception. */
    private Connection await() throws InvalidStateException, InvalidPartyException {
        ProviderImpl provider = call.provider();
        try {
            return result.get(provider.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw ModelLoop.<RuntimeException>rethrow(e.getCause());
        } catch (TimeoutException e) {
            return provider.command(Ev.META_CALL_TRANSFERRING, this::giveUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            provider.command(Ev.META_CALL_TRANSFERRING, this::giveUp);
            throw new PlatformException("interrupted while waiting for the transfer of " + call);
        }
    }

    /** Loop: no word from the destination in time; unless it came meanwhile, cancel the leg and refuse. */
    private Connection giveUp() throws InvalidPartyException, InvalidStateException {
        if (call.provider().pendingLegs().remove(leg, this)) {
            call.provider().backend().release(leg, Ev.CAUSE_CALL_CANCELLED);
            throw Refusals.destination("transfer destination " + destination.getName() + " did not answer within "
                    + call.provider().timeoutMillis() + " ms; " + call + " is as it was");
        }
        try {
            return result.getNow(null);
        } catch (java.util.concurrent.CompletionException e) {
            throw ModelLoop.<RuntimeException>rethrow(e.getCause());
        }
    }
}
