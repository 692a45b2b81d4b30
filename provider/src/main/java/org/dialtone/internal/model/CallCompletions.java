package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.ext.CallCompletion;
import org.dialtone.internal.backend.LegIds;

/**
 * The provider's pending call completion requests ({@link CallCompletion}), loop-owned. A callback
 * is pending until the backend carries it out ({@link #carriedOut}) or it is withdrawn; a camp-on
 * is pending while its connection waits QUEUED, so it needs no bookkeeping when that connection
 * alerts, fails or leaves with its call.
 */
final class CallCompletions {
    private final ProviderImpl provider;
    private final List<RequestImpl> pending = new ArrayList<>();

    CallCompletions(ProviderImpl provider) {
        this.provider = provider;
    }

    /** One request; its id is the backend's (the callback request or the camped-on leg). */
    static final class RequestImpl implements CallCompletion.Request {
        private final long id;
        private final AddressImpl requester;
        private final String target;
        private final CallCompletion.Mode mode;
        private final ConnectionImpl queued;

        RequestImpl(long id, AddressImpl requester, String target, CallCompletion.Mode mode, ConnectionImpl queued) {
            this.id = id;
            this.requester = requester;
            this.target = target;
            this.mode = mode;
            this.queued = queued;
        }

        @Override
        public Address getRequester() {
            return requester;
        }

        @Override
        public String getTarget() {
            return target;
        }

        @Override
        public CallCompletion.Mode getMode() {
            return mode;
        }

        @Override
        public Call getCall() {
            return queued == null ? null : queued.getCall();
        }

        @Override
        public String toString() {
            return "CallCompletion.Request[" + mode + " " + requester.getName() + " -> " + target + "]";
        }
    }

    /** Loop only: see {@link CallCompletion#completeCall}. */
    RequestImpl request(AddressImpl requester, Connection unreached, CallCompletion.Mode mode)
            throws InvalidArgumentException, InvalidStateException {
        provider.requireInService();
        if (unreached == null || mode == null) {
            throw Refusals.argument("completeCall needs a connection and a mode, got " + unreached + " and " + mode);
        }
        if (!(unreached instanceof ConnectionImpl c) || c.call().provider() != provider) {
            throw Refusals.argument(unreached + " is not a connection of provider " + provider.getName());
        }
        int cause = c.state() == ConnectionState.FAILED ? c.failureCause : 0;
        boolean completable = cause == CallCtlEv.CAUSE_BUSY
                || cause == CallCtlEv.CAUSE_CALL_NOT_ANSWERED && mode == CallCompletion.Mode.CALLBACK;
        if (!completable) {
            throw Refusals.connection(c, mode == CallCompletion.Mode.CALLBACK
                    ? "a callback needs a connection that FAILED busy or unanswered"
                    : "camp-on needs a connection that FAILED busy");
        }
        if (mode == CallCompletion.Mode.CAMP_ON && !c.isLocal()) {
            throw Refusals.argument("camp-on waits only at a local address, and " + c.address().getName()
                    + " is beyond provider " + provider.getName() + "; ask for a CALLBACK instead");
        }
        boolean requesterInCall = c.call().connectionList().stream()
                .anyMatch(o -> o.address() == requester && o.state() == ConnectionState.ESTABLISHED);
        if (!requesterInCall) {
            throw Refusals.argument(requester + " has no ESTABLISHED connection in the call of " + c);
        }
        String target = c.address().getName();
        RequestImpl request;
        if (mode == CallCompletion.Mode.CALLBACK) {
            for (RequestImpl r : pending) {
                if (r.requester == requester && r.mode == mode && r.target.equals(target)) {
                    throw new InvalidStateException(requester, InvalidStateException.ADDRESS_OBJECT, 0,
                            requester + " already has a callback request for " + target);
                }
            }
            request = new RequestImpl(LegIds.next(), requester, target, mode, null);
            pending.add(request);
            provider.backend().requestCallback(request.id, requester.getName(), target);
        } else {
            ConnectionImpl queued = c.call().campOn(c);
            request = new RequestImpl(queued.leg, requester, target, mode, queued);
            pending.add(request);
            provider.backend().campOn(queued.leg, requester.getName(), target);
        }
        return request;
    }

    /** Loop only: the pending requests of {@code requester}, oldest first. */
    List<RequestImpl> of(AddressImpl requester) {
        prune();
        List<RequestImpl> out = new ArrayList<>();
        for (RequestImpl r : pending) {
            if (r.requester == requester) {
                out.add(r);
            }
        }
        return out;
    }

    /** Loop only: see {@link CallCompletion#cancelCompletion}. */
    void cancel(AddressImpl requester, CallCompletion.Request request)
            throws InvalidArgumentException, InvalidStateException {
        provider.requireInService();
        prune();
        RequestImpl r = request instanceof RequestImpl mine && mine.requester == requester && pending.contains(mine)
                ? mine : null;
        if (r == null) {
            throw Refusals.argument(Objects.toString(request) + " is not a pending completion request of "
                    + requester);
        }
        pending.remove(r);
        if (r.mode == CallCompletion.Mode.CALLBACK) {
            provider.backend().cancelCallback(r.id);
        } else {
            provider.backend().release(r.queued.leg, CallCtlEv.CAUSE_BUSY);
            r.queued.call().onFailed(r.queued, CallCtlEv.CAUSE_BUSY);
        }
    }

    /** Loop only: the backend is carrying out callback {@code id}; returns it, or null if it was withdrawn. */
    RequestImpl carriedOut(long id) {
        for (Iterator<RequestImpl> it = pending.iterator(); it.hasNext();) {
            RequestImpl r = it.next();
            if (r.id == id && r.mode == CallCompletion.Mode.CALLBACK) {
                it.remove();
                return r;
            }
        }
        return null;
    }

    /** Forgets camp-ons whose connection no longer waits: it alerted, failed or left with its call. */
    private void prune() {
        pending.removeIf(r -> r.queued != null && r.queued.state() != ConnectionState.QUEUED);
    }
}
