package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Expected {@link Recorder} lines for the steps calls are made of, so that scenario tests can
 * spell a whole sequence as a few readable steps, and {@link #asListener} to turn an expected
 * call-control observer sequence into the call-control listener one (each observer batch becomes a
 * progress or snapshot bracket, events keep their order).
 */
final class Sequences {
    private Sequences() {
    }

    /** Flattens strings and lists of strings into one list of lines. */
    static List<String> lines(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> many) {
                for (Object line : many) {
                    out.add((String) line);
                }
            } else {
                out.add((String) part);
            }
        }
        return out;
    }

    /** Call.connect from {@code from} (address and terminal of that name) to {@code to}. */
    static List<String> connect(String from, String to) {
        return lines("-- META_CALL_STARTING", originate(from), dialled(from, to));
    }

    /** The originating side comes up: call ACTIVE, connection INITIATED, its terminal TALKING. */
    static List<String> originate(String from) {
        return lines("CallActiveEv", "ConnCreatedEv " + from, "ConnConnectedEv " + from,
                "CallCtlConnInitiatedEv " + from, "TermConnCreatedEv " + from, "TermConnActiveEv " + from,
                "CallCtlTermConnTalkingEv " + from);
    }

    /** Dialling completes: the origin is DIALING then ESTABLISHED, and the destination's connection exists. */
    static List<String> dialled(String from, String to) {
        return lines("CallCtlConnDialingEv " + from, "CallCtlConnEstablishedEv " + from, "ConnCreatedEv " + to);
    }

    /** A local address rings at each of its terminals, as one progress batch. */
    static List<String> ringing(String address, String... terminals) {
        return lines("-- META_CALL_PROGRESS", alerting(address, terminals));
    }

    /** A local address rings at each of its terminals. */
    static List<String> alerting(String address, String... terminals) {
        List<String> out = lines("ConnAlertingEv " + address, "CallCtlConnAlertingEv " + address);
        for (String t : terminals) {
            out.addAll(List.of("TermConnCreatedEv " + t, "TermConnRingingEv " + t, "CallCtlTermConnRingingEv " + t));
        }
        return out;
    }

    /** A terminal of a local address answers, as one progress batch. */
    static List<String> answered(String address, String terminal) {
        return lines("-- META_CALL_PROGRESS", "TermConnActiveEv " + terminal, "CallCtlTermConnTalkingEv " + terminal,
                "ConnConnectedEv " + address, "CallCtlConnEstablishedEv " + address);
    }

    /** A connection and its terminal connections leave the call. */
    static List<String> disconnected(String address, String... terminals) {
        List<String> out = new ArrayList<>();
        for (String t : terminals) {
            out.addAll(List.of("TermConnDroppedEv " + t, "CallCtlTermConnDroppedEv " + t));
        }
        out.addAll(List.of("ConnDisconnectedEv " + address, "CallCtlConnDisconnectedEv " + address));
        return out;
    }

    /**
     * The call leaves {@code from}'s connection for {@code to} (redirect or forwarding): its terminal
     * connections drop, it is disconnected, and the new connection is created.
     */
    static List<String> diverted(String from, String to, String... fromTerminals) {
        return lines(disconnected(from, fromTerminals), "ConnCreatedEv " + to);
    }

    /** A party beyond the switch is reached, then alerted: two progress batches. */
    static List<String> reached(String far) {
        return lines("-- META_CALL_PROGRESS", "ConnInProgressEv " + far, "CallCtlConnNetworkReachedEv " + far,
                "-- META_CALL_PROGRESS", "ConnAlertingEv " + far, "CallCtlConnNetworkAlertingEv " + far);
    }

    /** A party beyond the switch answers, as one progress batch. */
    static List<String> farAnswered(String far) {
        return lines("-- META_CALL_PROGRESS", "ConnConnectedEv " + far, "CallCtlConnEstablishedEv " + far);
    }

    /** The called party fails (busy, unknown, not answered, rejected), as one progress batch. */
    static List<String> failed(String party) {
        return lines("-- META_CALL_PROGRESS", "ConnFailedEv " + party, "CallCtlConnFailedEv " + party);
    }

    /** The local party hangs up: it leaves, then the far party (failed or talking), and the call ends. */
    static List<String> localHangsUp(String local, String far) {
        return lines("-- META_CALL_ENDING", disconnected(local, local), disconnected(far), invalid());
    }

    /** The party beyond the switch hangs up (or gives up): it leaves, then the local one, and the call ends. */
    static List<String> farHangsUp(String local, String far) {
        return lines("-- META_CALL_ENDING", disconnected(far), disconnected(local, local), invalid());
    }

    /** A party beyond the switch calls the local address: the caller's side is up, the address is about to ring. */
    static List<String> incoming(String far, String local) {
        return lines("-- META_CALL_STARTING", "CallActiveEv", "ConnCreatedEv " + far, "ConnConnectedEv " + far,
                "CallCtlConnEstablishedEv " + far, "ConnCreatedEv " + local);
    }

    /** The call goes INVALID and its observation ends. */
    static List<String> invalid() {
        return lines("CallInvalidEv", "-- META_UNKNOWN", "CallObservationEndedEv");
    }

    private static final Map<String, String> LISTENER_IDS = Map.ofEntries(
            Map.entry("CallActiveEv", "CALL_ACTIVE"),
            Map.entry("CallInvalidEv", "CALL_INVALID"),
            Map.entry("ConnCreatedEv", "CONNECTION_CREATED"),
            Map.entry("ConnInProgressEv", "CONNECTION_IN_PROGRESS"),
            Map.entry("ConnAlertingEv", "CONNECTION_ALERTING"),
            Map.entry("ConnConnectedEv", "CONNECTION_CONNECTED"),
            Map.entry("ConnFailedEv", "CONNECTION_FAILED"),
            Map.entry("ConnDisconnectedEv", "CONNECTION_DISCONNECTED"),
            Map.entry("CallCtlConnOfferedEv", "CALLCTL_CONNECTION_OFFERED"),
            Map.entry("CallCtlConnQueuedEv", "CALLCTL_CONNECTION_QUEUED"),
            Map.entry("CallCtlConnAlertingEv", "CALLCTL_CONNECTION_ALERTING"),
            Map.entry("CallCtlConnInitiatedEv", "CALLCTL_CONNECTION_INITIATED"),
            Map.entry("CallCtlConnDialingEv", "CALLCTL_CONNECTION_DIALING"),
            Map.entry("CallCtlConnNetworkReachedEv", "CALLCTL_CONNECTION_NETWORK_REACHED"),
            Map.entry("CallCtlConnNetworkAlertingEv", "CALLCTL_CONNECTION_NETWORK_ALERTING"),
            Map.entry("CallCtlConnEstablishedEv", "CALLCTL_CONNECTION_ESTABLISHED"),
            Map.entry("CallCtlConnFailedEv", "CALLCTL_CONNECTION_FAILED"),
            Map.entry("CallCtlConnDisconnectedEv", "CALLCTL_CONNECTION_DISCONNECTED"),
            Map.entry("TermConnCreatedEv", "TERMINAL_CONNECTION_CREATED"),
            Map.entry("TermConnRingingEv", "TERMINAL_CONNECTION_RINGING"),
            Map.entry("TermConnActiveEv", "TERMINAL_CONNECTION_ACTIVE"),
            Map.entry("TermConnPassiveEv", "TERMINAL_CONNECTION_PASSIVE"),
            Map.entry("TermConnDroppedEv", "TERMINAL_CONNECTION_DROPPED"),
            Map.entry("CallCtlTermConnRingingEv", "CALLCTL_TERMINAL_CONNECTION_RINGING"),
            Map.entry("CallCtlTermConnTalkingEv", "CALLCTL_TERMINAL_CONNECTION_TALKING"),
            Map.entry("CallCtlTermConnHeldEv", "CALLCTL_TERMINAL_CONNECTION_HELD"),
            Map.entry("CallCtlTermConnBridgedEv", "CALLCTL_TERMINAL_CONNECTION_BRIDGED"),
            Map.entry("CallCtlTermConnInUseEv", "CALLCTL_TERMINAL_CONNECTION_IN_USE"),
            Map.entry("CallCtlTermConnDroppedEv", "CALLCTL_TERMINAL_CONNECTION_DROPPED"),
            Map.entry("PrivateCallEv", "PRIVATE_DATA_CALL_EVENT"));

    /** The origin's terminal holds its call (or, for {@code false}, takes it back), as one progress batch. */
    static List<String> held(String terminal, boolean held) {
        return lines("-- META_CALL_PROGRESS", (held ? "CallCtlTermConnHeldEv " : "CallCtlTermConnTalkingEv ") + terminal);
    }

    /**
     * A party joins a call talking (moved there by a transfer or conference): its connection
     * appears ESTABLISHED, its terminal connection TALKING.
     */
    static List<String> joinedTalking(String address, String terminal) {
        return lines("ConnCreatedEv " + address, "ConnConnectedEv " + address, "CallCtlConnEstablishedEv " + address,
                "TermConnCreatedEv " + terminal, "TermConnActiveEv " + terminal, "CallCtlTermConnTalkingEv " + terminal);
    }

    /**
     * The far party {@code old} is replaced by {@code party}, another party beyond the switch (it
     * transferred the local user there, or {@code party} came in replacing it): as the party that
     * stays sees a transfer, one step that disconnects the old party and brings the new one in talking.
     */
    static List<String> replaced(String old, String party) {
        return lines("-- META_CALL_TRANSFERRING", disconnected(old), "ConnCreatedEv " + party,
                "ConnConnectedEv " + party, "CallCtlConnEstablishedEv " + party);
    }

    /** A local party joins a call still ringing at each of its terminals. */
    static List<String> joinedRinging(String address, String... terminals) {
        return lines("ConnCreatedEv " + address, alerting(address, terminals));
    }

    /** A terminal connection drops out of the call while its connection stays. */
    static List<String> dropped(String terminal) {
        return lines("TermConnDroppedEv " + terminal, "CallCtlTermConnDroppedEv " + terminal);
    }

    /**
     * The lines a call-control listener records for the lines a call-control observer records: each
     * {@code -- META_*} batch becomes a SINGLECALL_META_PROGRESS (or, for META_SNAPSHOT, _SNAPSHOT)
     * STARTED/ENDED bracket, a META_CALL_TRANSFERRING or META_CALL_MERGING one a MULTICALL_META
     * TRANSFER or MERGE bracket, and the end of observation becomes CALL_EVENT_TRANSMISSION_ENDED.
     */
    static List<String> asListener(List<String> observerLines) {
        List<String> out = new ArrayList<>();
        String closing = null;
        for (String line : observerLines) {
            if (line.startsWith("-- ")) {
                if (closing != null) {
                    out.add(closing);
                    closing = null;
                }
                if (line.equals("-- META_UNKNOWN")) {
                    continue; // only the end of observation carries this code
                }
                String bracket = switch (line) {
                    case "-- META_SNAPSHOT" -> "SINGLECALL_META_SNAPSHOT";
                    case "-- META_CALL_TRANSFERRING" -> "MULTICALL_META_TRANSFER";
                    case "-- META_CALL_MERGING" -> "MULTICALL_META_MERGE";
                    default -> "SINGLECALL_META_PROGRESS";
                };
                out.add(bracket + "_STARTED");
                closing = bracket + "_ENDED";
            } else if (line.equals("CallObservationEndedEv")) {
                out.add("CALL_EVENT_TRANSMISSION_ENDED");
            } else {
                int space = line.indexOf(' ');
                String name = space < 0 ? line : line.substring(0, space);
                String id = LISTENER_IDS.get(name);
                if (id == null) {
                    throw new IllegalArgumentException("no listener id known for " + name);
                }
                out.add(id + (space < 0 ? "" : line.substring(space)));
            }
        }
        if (closing != null) {
            out.add(closing);
        }
        return out;
    }
}
