package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now bridged: the terminal
 * shares the call but is not taking part in it.
 */
public interface CallCtlTermConnBridgedEv extends CallCtlTermConnEv {
    int ID = 214;
}
