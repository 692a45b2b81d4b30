package org.dialtone.tck.events;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/**
 * One event as the log recorded it, from either model.
 *
 * @param model which event model delivered it
 * @param name the observer event's interface name ({@code ConnAlertingEv}) or the listener method
 *     ({@code connectionAlerting}; call-control listener methods as {@code cc.connectionEstablished})
 * @param id the event's {@code getID()}
 * @param about what kind of object the event is about
 * @param batch for observers, the number of the {@code Ev[]} delivery it came in; for listeners, the
 *     number of the callback
 * @param provider the provider of a provider event, else null
 * @param call the call of a call, connection or terminal connection event, else null
 * @param connection the connection of a connection or terminal connection event, else null
 * @param terminalConnection the terminal connection of a terminal connection event, else null
 * @param address the address of an address event, else null
 * @param terminal the terminal of a terminal event, else null
 * @param cause {@code getCause()}
 * @param callControlCause the call-control cause, or -1 for an event without one
 * @param metaCode the observer event's {@code getMetaCode()}, or -1 for a listener event
 * @param newMetaEvent the observer event's {@code isNewMetaEvent()}; false for listeners
 * @param metaEvent the listener event's {@code getMetaEvent()}, or null
 * @param event the event object itself
 */
public record Seen(EventLog.Model model, String name, int id, Subject about, int batch, Provider provider, Call call,
        Connection connection, TerminalConnection terminalConnection, Address address, Terminal terminal, int cause,
        int callControlCause, int metaCode, boolean newMetaEvent, MetaEvent metaEvent, Object event) {

    /** The kinds of object an event is about. */
    public enum Subject { PROVIDER, CALL, CONNECTION, TERMINAL_CONNECTION, ADDRESS, TERMINAL, META }

    /** Whether a listener meta event or an observer event of the call-control package. */
    public boolean isCallControl() {
        return model == EventLog.Model.OBSERVER ? id >= 200 : name.startsWith("cc.");
    }

    /** Whether a listener's meta event ({@code singleCallMeta...}, {@code multiCallMeta...}). */
    public boolean isMeta() {
        return about == Subject.META;
    }

    /** Whether the event is about {@code subject}: a provider, call, connection, terminal connection, address or terminal. */
    public boolean isAbout(Object subject) {
        return switch (about) {
            case PROVIDER -> subject instanceof Provider && subject.equals(provider);
            case CALL -> subject instanceof Call && subject.equals(call);
            case CONNECTION -> subject instanceof Connection && subject.equals(connection);
            case TERMINAL_CONNECTION -> subject instanceof TerminalConnection && subject.equals(terminalConnection);
            case ADDRESS -> subject instanceof Address && subject.equals(address);
            case TERMINAL -> subject instanceof Terminal && subject.equals(terminal);
            case META -> subject instanceof Call && subject.equals(call);
        };
    }

    /** The event in one line, for failure messages. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name).append('(');
        switch (about) {
            case PROVIDER -> b.append("provider");
            case CALL, META -> b.append(call);
            case CONNECTION -> b.append(connection == null ? "?" : name(connection.getAddress()));
            case TERMINAL_CONNECTION -> b.append(terminalConnection == null || terminalConnection.getTerminal() == null
                    ? "?" : terminalConnection.getTerminal().getName());
            case ADDRESS -> b.append(name(address));
            case TERMINAL -> b.append(terminal == null ? "?" : terminal.getName());
        }
        b.append(" cause=").append(cause);
        if (callControlCause >= 0) {
            b.append(" cc=").append(callControlCause);
        }
        if (metaCode >= 0) {
            b.append(" meta=").append(metaCode).append(newMetaEvent ? "*" : "");
        }
        return b.append(" #").append(batch).append(')').toString();
    }

    private static String name(Address a) {
        return a == null ? "?" : a.getName();
    }
}
