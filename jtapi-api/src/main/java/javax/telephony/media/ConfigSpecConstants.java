package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for {@code ConfigSpec} attributes and their values, such as alerting timeout, arbitration
 * mode, connection states and stop-on-disconnect.
 */
public interface ConfigSpecConstants {
    Symbol a_AlertingTimeout = R2Symbol.SCR_AlertingTimeout;
    Symbol a_Arbitration = R2Symbol.Group_ArbitrationScheme;
    Symbol a_DeallocateOnIdle = R2Symbol.Group_DeallocateOnIdle;
    Symbol a_LocalState = R2Symbol.SCR_LocalConnectionState;
    Symbol a_RemoteState = R2Symbol.SCR_RemoteConnectionState;
    Symbol a_StopOnDisconnect = R2Symbol.Group_StopOnDisconnect;
    Symbol v_Alerting = R2Symbol.SCR_Alerting;
    Symbol v_Connected = R2Symbol.SCR_Connected;
    Symbol v_FirstTalker = R2Symbol.Group_FirstTalker;
    Symbol v_InProgress = R2Symbol.SCR_InProgress;
    Symbol v_LastTalker = R2Symbol.Group_LastTalker;
    Symbol v_MixTalkers = R2Symbol.Group_MixTalkers;
}
