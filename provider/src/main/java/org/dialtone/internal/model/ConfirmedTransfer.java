package org.dialtone.internal.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.LegIds;
import org.dialtone.internal.event.EventNames;

/**
 * A transfer to a consultation call that the backend must first agree with the parties (SIP: REFER
 * with Replaces to the transferred party, whose NOTIFYs tell whether it reached the consulted
 * one). The model changes nothing until the backend says yes on the request's id; then the
 * transfer happens as {@link Transfer#commit} does it on any backend, so the events are the same.
 * A no (or no word in the model's timeout) leaves both calls as they were and the method throws
 * {@link InvalidPartyException}, as a refused blind transfer does ({@link BlindTransfer}).
 */
final class ConfirmedTransfer implements PendingLegs.Waiter {
    private final Transfer.Plan plan;
    private final long request = LegIds.next();
    private final CompletableFuture<Void> result = new CompletableFuture<>();

    private ConfirmedTransfer(Transfer.Plan plan) {
        this.plan = plan;
    }

    /** Loop: asks the backend to carry the checked transfer; nothing in the model changes yet. */
    static ConfirmedTransfer propose(Transfer.Plan plan) {
        ConfirmedTransfer t = new ConfirmedTransfer(plan);
        ProviderImpl provider = plan.call().provider();
        provider.pendingLegs().add(t.request, t);
        provider.backend().proposeTransfer(t.request, PartyMove.legs(plan.staying()), PartyMove.legs(plan.movers()));
        return t;
    }

    @Override
    public void settle(PendingLegs.Outcome outcome, int cause, String terminal) {
        if (outcome != PendingLegs.Outcome.ANSWERED) {
            result.completeExceptionally(refused("the transfer was refused (" + EventNames.cause(cause) + ")"));
            return;
        }
        Transfer.Plan now;
        try {
            now = Transfer.plan(plan.call(), plan.other()); // the calls may have changed while the parties agreed
        } catch (Exception meanwhile) {
            plan.call().provider().backend().release(request, Ev.CAUSE_CALL_CANCELLED);
            result.completeExceptionally(meanwhile);
            return;
        }
        Transfer.commit(now);
        result.complete(null);
    }

    /** A transfer request is never diverted. */
    @Override
    public boolean diverted(long newLeg, String destination) {
        return false;
    }

    @Override
    public void abandon() {
        ProviderImpl provider = plan.call().provider();
        result.completeExceptionally(new InvalidStateException(provider, InvalidStateException.PROVIDER_OBJECT,
                Provider.SHUTDOWN, "provider " + provider.getName() + " is SHUTDOWN: it shut down before the "
                        + "transfer of " + plan.other() + " into " + plan.call() + " was confirmed"));
    }

    /** Application thread: returns once transferred, or throws the refusal. */
    void await() throws InvalidStateException, InvalidPartyException {
        ProviderImpl provider = plan.call().provider();
        try {
            result.get(provider.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw ModelLoop.<RuntimeException>rethrow(e.getCause());
        } catch (TimeoutException e) {
            provider.command(Ev.META_CALL_TRANSFERRING, this::giveUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            provider.command(Ev.META_CALL_TRANSFERRING, this::giveUp);
            throw new PlatformException("interrupted while waiting for the transfer of " + plan.other());
        }
    }

    /** Loop: no word in time; unless it came meanwhile, withdraw the request and refuse. */
    private Void giveUp() throws InvalidPartyException, InvalidStateException {
        ProviderImpl provider = plan.call().provider();
        if (provider.pendingLegs().remove(request, this)) {
            provider.backend().release(request, Ev.CAUSE_CALL_CANCELLED);
            throw refused("no word from the parties within " + provider.timeoutMillis() + " ms");
        }
        try {
            return result.getNow(null);
        } catch (CompletionException e) {
            throw ModelLoop.<RuntimeException>rethrow(e.getCause());
        }
    }

    private InvalidPartyException refused(String why) {
        return Refusals.destination("cannot transfer " + plan.other() + " into " + plan.call() + ": " + why
                + "; both calls are as they were");
    }
}
