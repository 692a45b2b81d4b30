package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now established: the party is actively
 * part of the call.
 */
public interface CallCtlConnEstablishedEv extends CallCtlConnEv {
    int ID = 206;
}
