package org.dialtone.internal.event;

import javax.telephony.TerminalConnection;
import javax.telephony.events.TermConnActiveEv;
import javax.telephony.events.TermConnCreatedEv;
import javax.telephony.events.TermConnDroppedEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermConnPassiveEv;
import javax.telephony.events.TermConnRingingEv;
import javax.telephony.events.TermConnUnknownEv;

/**
 * Observer events about a terminal connection's core state, one class per {@code TermConn*Ev}
 * interface.
 */
public final class TermConnEvs {
    private TermConnEvs() {
    }

    /** Common part: the call and the terminal connection whose state changed (both required). */
    public abstract static class Base extends CallEvs.Base implements TermConnEv {
        Base(int id, EvData data, Object observed) {
            super(id, data, observed);
            require(data.terminalConnection(), "a terminal connection");
        }

        @Override
        public final TerminalConnection getTerminalConnection() {
            return data().terminalConnection();
        }

        @Override
        void appendDetails(StringBuilder text) {
            text.append(" termConn=").append(getTerminalConnection());
        }
    }

    /** The terminal is actively taking part in the call. */
    public static final class Active extends Base implements TermConnActiveEv {
        Active(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** A new terminal connection has joined the call (state IDLE). */
    public static final class Created extends Base implements TermConnCreatedEv {
        Created(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal has left the call for good. */
    public static final class Dropped extends Base implements TermConnDroppedEv {
        Dropped(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal is part of the call but not actively (e.g. on hold or bridged). */
    public static final class Passive extends Base implements TermConnPassiveEv {
        Passive(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The terminal is ringing for the call. */
    public static final class Ringing extends Base implements TermConnRingingEv {
        Ringing(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }

    /** The provider cannot tell the terminal connection's state. */
    public static final class Unknown extends Base implements TermConnUnknownEv {
        Unknown(EvData data, Object observed) {
            super(ID, data, observed);
        }
    }
}
