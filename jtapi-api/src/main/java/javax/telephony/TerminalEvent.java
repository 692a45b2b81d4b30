package javax.telephony;

/**
 * Base event for changes reported about a {@code Terminal}, such as the end of event delivery;
 * gives access to the affected terminal.
 */
public interface TerminalEvent extends Event {
    int TERMINAL_EVENT_TRANSMISSION_ENDED = 121;

    Terminal getTerminal();
}
