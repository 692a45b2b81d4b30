package org.dialtone.internal.model;

import javax.telephony.privatedata.PrivateDataEvent;
import javax.telephony.privatedata.events.PrivateCallEv;
import org.dialtone.internal.event.CallInfo;

/**
 * One state change of a call, as both event models announce it: the listener event id and the
 * observer event id (equal in the core package, different in call control), the object that
 * changed, and the causes. Changes are recorded on the model loop as transitions happen and
 * turned into events only when the operation is complete (decide, then act).
 */
final class Change {
    /** What kind of object changed, which decides the event family. */
    enum Subject { CALL, CONNECTION, TERMINAL_CONNECTION, PRIVATE_DATA }

    final Subject subject;
    final int listenerId;
    final int observerId;
    /** Whether only call-control subscribers receive this change. */
    final boolean callControl;
    final CallImpl call;
    final ConnectionImpl connection;
    final TerminalConnectionImpl terminalConnection;
    final int cause;
    final int callControlCause;
    final CallInfo parties;
    /** The provider's private data, for {@link Subject#PRIVATE_DATA}; else null. */
    final Object privateData;

    private Change(Subject subject, int listenerId, int observerId, boolean callControl, CallImpl call,
            ConnectionImpl connection, TerminalConnectionImpl terminalConnection, int cause,
            int callControlCause) {
        this(subject, listenerId, observerId, callControl, call, connection, terminalConnection, cause,
                callControlCause, null);
    }

    private Change(Subject subject, int listenerId, int observerId, boolean callControl, CallImpl call,
            ConnectionImpl connection, TerminalConnectionImpl terminalConnection, int cause,
            int callControlCause, Object privateData) {
        this.subject = subject;
        this.listenerId = listenerId;
        this.observerId = observerId;
        this.callControl = callControl;
        this.call = call;
        this.connection = connection;
        this.terminalConnection = terminalConnection;
        this.cause = cause;
        this.callControlCause = callControlCause;
        this.parties = call.parties();
        this.privateData = privateData;
    }

    static Change ofCall(CallImpl call, int id, int cause) {
        return new Change(Subject.CALL, id, id, false, call, null, null, cause, cause);
    }

    /** Private data about {@code call}, announced by a PrivateCallEv or a PrivateDataEvent. */
    static Change ofPrivateData(CallImpl call, Object data, int cause) {
        return new Change(Subject.PRIVATE_DATA, PrivateDataEvent.PRIVATE_DATA_CALL_EVENT, PrivateCallEv.ID, false,
                call, null, null, cause, cause, data);
    }

    static Change ofConnection(ConnectionImpl connection, int listenerId, int observerId,
            boolean callControl, int cause, int callControlCause) {
        return new Change(Subject.CONNECTION, listenerId, observerId, callControl, connection.call(),
                connection, null, cause, callControlCause);
    }

    static Change ofTerminalConnection(TerminalConnectionImpl tc, int listenerId, int observerId,
            boolean callControl, int cause, int callControlCause) {
        return new Change(Subject.TERMINAL_CONNECTION, listenerId, observerId, callControl,
                tc.connection().call(), null, tc, cause, callControlCause);
    }
}
