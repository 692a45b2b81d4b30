package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.function.Consumer;
import javax.telephony.InvalidPartyException;
import javax.telephony.Provider;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.backend.Signals;
import org.dialtone.internal.model.PendingLegs.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's side of the backend SPI: each signal is posted to the provider's loop and applied
 * there as one operation. Signals about legs the model has already ended are dropped, since the
 * backend and the model may cross in flight.
 */
final class ProviderSignals implements Signals {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignals.class);

    private final ProviderImpl provider;

    ProviderSignals(ProviderImpl provider) {
        this.provider = provider;
    }

    @Override
    public void inService() {
        provider.signal(Ev.META_UNKNOWN, () -> provider.changeState(Provider.IN_SERVICE, null));
    }

    @Override
    public void outOfService(String reason) {
        provider.signal(Ev.META_UNKNOWN, () -> provider.changeState(Provider.OUT_OF_SERVICE, reason));
    }

    @Override
    public void reached(long leg) {
        onLeg(leg, Ev.META_CALL_PROGRESS, c -> c.call().onReached(c), Outcome.REACHED, 0, null);
    }

    @Override
    public void offered(long leg) {
        onLeg(leg, Ev.META_CALL_PROGRESS, c -> c.call().onOffered(c), Outcome.OFFERED, 0, null);
    }

    @Override
    public void alerting(long leg) {
        onLeg(leg, Ev.META_CALL_PROGRESS, c -> c.call().onAlerting(c), Outcome.ALERTING, 0, null);
    }

    @Override
    public void answered(long leg, String terminal) {
        onLeg(leg, Ev.META_CALL_PROGRESS, c -> c.call().onAnswered(c, terminal), Outcome.ANSWERED, 0, terminal);
    }

    @Override
    public void failed(long leg, int cause) {
        onLeg(leg, Ev.META_CALL_PROGRESS, c -> c.call().onFailed(c, cause), Outcome.FAILED, cause, null);
    }

    @Override
    public void released(long leg, int cause) {
        onLeg(leg, Ev.META_CALL_REMOVING_PARTY, c -> c.call().onReleased(c, cause), Outcome.RELEASED, cause, null);
    }

    @Override
    public void parkRecall(long orbitLeg) {
        onLeg(orbitLeg, Ev.META_CALL_ADDITIONAL_PARTY, Park::recall);
    }

    @Override
    public void diverted(long leg, long newLeg, String destination) {
        provider.signal(Ev.META_CALL_PROGRESS, () -> {
            ConnectionImpl c = provider.leg(leg);
            if (c == null) {
                if (!provider.pendingLegs().divert(leg, newLeg, destination)) {
                    provider.backend().release(newLeg, Ev.CAUSE_NORMAL); // the call ended meanwhile
                }
                return;
            }
            c.call().onDiverted(c, newLeg, destination);
        });
    }

    @Override
    public void replaced(long leg, long newLeg, String party) {
        provider.signal(Ev.META_CALL_TRANSFERRING, () -> FarPartyReplacement.replace(provider, leg, newLeg, party));
    }

    @Override
    public void callback(long request, long leg, String requester, String target) {
        provider.signal(Ev.META_CALL_STARTING, () -> {
            CallCompletions.RequestImpl done = provider.completions().carriedOut(request);
            AddressImpl local = provider.localAddress(requester);
            AddressImpl called = null;
            try {
                called = provider.destination(target);
            } catch (InvalidPartyException e) {
                LOG.warn("provider {} cannot call back {} for {}: {}", provider.getName(), requester, target,
                        e.getMessage());
            }
            if (done == null || local == null || called == null || provider.getState() != Provider.IN_SERVICE) {
                provider.backend().release(leg, Ev.CAUSE_CALL_CANCELLED); // withdrawn meanwhile, or cannot be
                return;
            }
            provider.newCall().callback(leg, local, called);
        });
    }

    @Override
    public void incoming(long leg, String caller, String address) {
        provider.signal(Ev.META_CALL_STARTING, () -> {
            AddressImpl local = provider.localAddress(address);
            if (local == null || provider.getState() != Provider.IN_SERVICE) {
                LOG.warn("provider {} refuses a call from {} to {}: {}", provider.getName(), caller, address,
                        local == null ? "not a local address" : "not in service");
                provider.backend().release(leg, Ev.CAUSE_DEST_NOT_OBTAINABLE);
                return;
            }
            provider.newCall().incoming(leg, caller, local);
        });
    }

    @Override
    public void phoneAnswered(String terminal, String address) {
        onPhone(terminal, address, Ev.META_CALL_PROGRESS, tc -> {
            if (tc.state() == TerminalConnectionState.RINGING) {
                tc.connection().call().answer(tc);
                return true;
            }
            return false;
        });
    }

    @Override
    public void phoneHungUp(String terminal, String address) {
        onPhone(terminal, address, Ev.META_CALL_REMOVING_PARTY, tc -> {
            tc.connection().call().leave(tc);
            return false;
        });
    }

    @Override
    public void phoneDialled(String terminal, String address, String destination) {
        provider.signal(Ev.META_CALL_STARTING, () -> {
            TerminalImpl t = provider.localTerminal(terminal);
            AddressImpl a = provider.localAddress(address);
            try {
                provider.newCall().connect(t, a, destination);
            } catch (RuntimeException bug) {
                throw bug;
            } catch (Exception refused) {
                LOG.info("phone {} on {} could not dial {}: {}", terminal, address, destination,
                        refused.getMessage());
            }
        });
    }

    @Override
    public void handedOver(CallImage call) {
        provider.signal(Ev.META_SNAPSHOT, () -> provider.handoffs().adopt(call));
    }

    @Override
    public void digits(String party, String digits) {
        provider.signal(Ev.META_UNKNOWN, () -> InCallDigits.received(provider, party, digits));
    }

    @Override
    public boolean watches(String address) {
        return provider.handoffs().watches(address);
    }

    /** A signal about a leg's connection; ignored if it has none. */
    private void onLeg(long leg, int metaCode, Consumer<ConnectionImpl> action) {
        onLeg(leg, metaCode, action, null, 0, null);
    }

    /**
     * A signal about a leg: for its connection, or else, if it tells an {@code outcome}, for
     * whoever waits for the leg to be set up (a pending blind transfer).
     */
    private void onLeg(long leg, int metaCode, Consumer<ConnectionImpl> action, Outcome outcome, int cause,
            String terminal) {
        provider.signal(metaCode, () -> {
            ConnectionImpl c = provider.leg(leg);
            if (c != null) {
                action.accept(c);
            } else if (outcome != null) {
                provider.pendingLegs().settle(leg, outcome, cause, terminal);
            }
        });
    }

    /** Something the user of a phone did: applied to its terminal connections on that address. */
    private void onPhone(String terminal, String address, int metaCode, PhoneAction action) {
        provider.signal(metaCode, () -> {
            AddressImpl a = provider.localAddress(address);
            if (a == null) {
                return;
            }
            for (ConnectionImpl c : new ArrayList<>(a.connectionList())) {
                for (TerminalConnectionImpl tc : new ArrayList<>(c.terminalConnectionList())) {
                    if (!tc.terminal().getName().equals(terminal)) {
                        continue;
                    }
                    try {
                        if (action.apply(tc)) {
                            return;
                        }
                    } catch (RuntimeException bug) {
                        throw bug;
                    } catch (Exception refused) {
                        // the phone's state changed meanwhile: the JTAPI refusal is the answer
                        LOG.debug("phone {} on {}: {}", terminal, address, refused.getMessage());
                    }
                }
            }
        });
    }

    /** What a phone's user does to one terminal connection; true when it is done with the phone. */
    private interface PhoneAction {
        boolean apply(TerminalConnectionImpl tc) throws Exception;
    }
}
