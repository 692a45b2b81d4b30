package org.dialtone.internal.model;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.events.Ev;

/**
 * Consultation calls ({@code CallControlCall.consult}) and the one-step conference set-up built on
 * them (ext {@code ConferenceSetup}). The controller's terminal connection goes on hold first (a
 * progress batch of its call), then the idle consultation call starts from the same address and
 * terminal (a starting batch), as {@code connect} or {@code offHook} would start it. The two calls
 * stay linked: the consultation is related to the call it consults for. Loop only.
 */
final class Consultation {
    private Consultation() {
    }

    /** consult(tc, destination) on the IDLE {@code call}. */
    static Connection[] consult(CallImpl call, TerminalConnection tcArg, String number)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException {
        TerminalConnectionImpl tc = check(call, tcArg);
        call.provider().destination(number); // a bad number is refused before anything changes
        holdFor(call, tc);
        return call.connect(tc.terminal(), tc.connection().address(), number);
    }

    /** consult(tc) on the IDLE {@code call}: the origin is left INITIATED, for addToAddress. */
    static Connection consult(CallImpl call, TerminalConnection tcArg)
            throws InvalidArgumentException, InvalidStateException {
        TerminalConnectionImpl tc = check(call, tcArg);
        holdFor(call, tc);
        return call.offHook(tc.connection().address(), tc.terminal());
    }

    /** ConferenceSetup: a new consultation call for a conference of {@code call}, placed or only off hook. */
    static CallImpl setupConference(CallImpl call, TerminalConnection tcArg, String number)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, "setupConference needs an ACTIVE call");
        }
        TerminalConnectionImpl tc = provider.checkTerminalConnection(tcArg, "the controller");
        if (tc.connection().call() != call) {
            throw Refusals.argument("setupConference: " + tc + " is not part of " + call);
        }
        CallImpl consultation = provider.newCall();
        if (number == null) {
            consult(consultation, tc);
        } else {
            consult(consultation, tc, number);
        }
        call.settings().conferenceController(tc);
        consultation.settings().conferenceController(
                consultation.connectionList().get(0).terminalConnectionList().get(0));
        return consultation;
    }

    private static TerminalConnectionImpl check(CallImpl call, TerminalConnection tcArg)
            throws InvalidArgumentException, InvalidStateException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        if (call.getState() != Call.IDLE) {
            throw Refusals.call(call, "consult needs an IDLE call to consult on");
        }
        TerminalConnectionImpl tc = provider.checkTerminalConnection(tcArg, "the terminal connection to consult from");
        CallImpl held = tc.connection().call();
        if (held.getState() != Call.ACTIVE) {
            throw Refusals.call(held, "consult needs the terminal connection's call ACTIVE");
        }
        if (tc.state() != TerminalConnectionState.TALKING) {
            throw Refusals.terminalConnection(tc, "consult needs a TALKING terminal connection");
        }
        return tc;
    }

    /** The consulting terminal holds its call, which then owns the new consultation. */
    private static void holdFor(CallImpl consultation, TerminalConnectionImpl tc) {
        CallImpl held = tc.connection().call();
        held.provider().metaCode(held, Ev.META_CALL_PROGRESS);
        Hold.holdNow(tc);
        held.settings().consultedBy(consultation);
    }
}
