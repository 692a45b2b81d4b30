package org.dialtone.tck;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/** Names of JTAPI states, so that a failed check reads "ALERTING" rather than 50. */
public final class States {
    private States() {
    }

    /** A {@code Provider} state's name. */
    public static String provider(int state) {
        return switch (state) {
            case Provider.IN_SERVICE -> "IN_SERVICE";
            case Provider.OUT_OF_SERVICE -> "OUT_OF_SERVICE";
            case Provider.SHUTDOWN -> "SHUTDOWN";
            default -> "provider state " + state;
        };
    }

    /** A {@code Call} state's name. */
    public static String call(int state) {
        return switch (state) {
            case Call.IDLE -> "IDLE";
            case Call.ACTIVE -> "ACTIVE";
            case Call.INVALID -> "INVALID";
            default -> "call state " + state;
        };
    }

    /** A core {@code Connection} state's name. */
    public static String connection(int state) {
        return switch (state) {
            case Connection.IDLE -> "IDLE";
            case Connection.INPROGRESS -> "INPROGRESS";
            case Connection.ALERTING -> "ALERTING";
            case Connection.CONNECTED -> "CONNECTED";
            case Connection.DISCONNECTED -> "DISCONNECTED";
            case Connection.FAILED -> "FAILED";
            case Connection.UNKNOWN -> "UNKNOWN";
            default -> "connection state " + state;
        };
    }

    /** A {@code CallControlConnection} state's name. */
    public static String callControlConnection(int state) {
        return switch (state) {
            case CallControlConnection.IDLE -> "IDLE";
            case CallControlConnection.OFFERED -> "OFFERED";
            case CallControlConnection.QUEUED -> "QUEUED";
            case CallControlConnection.ALERTING -> "ALERTING";
            case CallControlConnection.INITIATED -> "INITIATED";
            case CallControlConnection.DIALING -> "DIALING";
            case CallControlConnection.NETWORK_REACHED -> "NETWORK_REACHED";
            case CallControlConnection.NETWORK_ALERTING -> "NETWORK_ALERTING";
            case CallControlConnection.ESTABLISHED -> "ESTABLISHED";
            case CallControlConnection.DISCONNECTED -> "DISCONNECTED";
            case CallControlConnection.FAILED -> "FAILED";
            case CallControlConnection.UNKNOWN -> "UNKNOWN";
            default -> "call-control connection state " + state;
        };
    }

    /** A core {@code TerminalConnection} state's name. */
    public static String terminalConnection(int state) {
        return switch (state) {
            case TerminalConnection.IDLE -> "IDLE";
            case TerminalConnection.RINGING -> "RINGING";
            case TerminalConnection.PASSIVE -> "PASSIVE";
            case TerminalConnection.ACTIVE -> "ACTIVE";
            case TerminalConnection.DROPPED -> "DROPPED";
            case TerminalConnection.UNKNOWN -> "UNKNOWN";
            default -> "terminal connection state " + state;
        };
    }

    /** A {@code CallControlTerminalConnection} state's name. */
    public static String callControlTerminalConnection(int state) {
        return switch (state) {
            case CallControlTerminalConnection.IDLE -> "IDLE";
            case CallControlTerminalConnection.RINGING -> "RINGING";
            case CallControlTerminalConnection.TALKING -> "TALKING";
            case CallControlTerminalConnection.HELD -> "HELD";
            case CallControlTerminalConnection.BRIDGED -> "BRIDGED";
            case CallControlTerminalConnection.INUSE -> "INUSE";
            case CallControlTerminalConnection.DROPPED -> "DROPPED";
            case CallControlTerminalConnection.UNKNOWN -> "UNKNOWN";
            default -> "call-control terminal connection state " + state;
        };
    }

    /**
     * The whole call in one line: its state, and each connection and terminal connection with its
     * core and (if any) call-control state. Two equal descriptions mean nothing visible changed.
     */
    public static String describe(Call call) {
        StringBuilder b = new StringBuilder(call(call.getState()));
        Connection[] connections = call.getConnections();
        if (connections == null) {
            return b.toString();
        }
        for (Connection c : connections) {
            b.append(" [").append(c.getAddress() == null ? "?" : c.getAddress().getName()).append(' ')
                    .append(connection(c.getState()));
            if (c instanceof CallControlConnection cc) {
                b.append('/').append(callControlConnection(cc.getCallControlState()));
            }
            TerminalConnection[] tcs = c.getTerminalConnections();
            if (tcs != null) {
                for (TerminalConnection tc : tcs) {
                    b.append(" {").append(tc.getTerminal() == null ? "?" : tc.getTerminal().getName()).append(' ')
                            .append(terminalConnection(tc.getState()));
                    if (tc instanceof CallControlTerminalConnection ctc) {
                        b.append('/').append(callControlTerminalConnection(ctc.getCallControlState()));
                    }
                    b.append('}');
                }
            }
            b.append(']');
        }
        return b.toString();
    }
}
