package javax.telephony.callcontrol.events;

/**
 * Legacy call control address event reporting that the do-not-disturb setting of an address has
 * changed.
 */
public interface CallCtlAddrDoNotDisturbEv extends CallCtlAddrEv {
    int ID = 200;

    boolean getDoNotDisturbState();
}
