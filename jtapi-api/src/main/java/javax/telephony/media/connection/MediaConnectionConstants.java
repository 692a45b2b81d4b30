package javax.telephony.media.connection;

import javax.telephony.media.Symbol;
import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for media connections: event IDs, connection types (bridge, join, loopback), data flow
 * directions and connection selectors.
 */
public interface MediaConnectionConstants {
    Symbol ev_Bridge = R2Symbol.Group_Bridge;
    Symbol ev_Connect = R2Symbol.Group_Connect;
    Symbol ev_Disconnect = R2Symbol.Group_Disconnect;
    Symbol ev_Join = R2Symbol.Group_Attach;
    Symbol ev_Loopback = R2Symbol.Group_Loopback;
    Symbol ev_SetDataFlow = R2Symbol.Group_SetDataFlow;
    Symbol v_AllConnections = R2Symbol.Group_AllConnections;
    Symbol v_AllSecondary = R2Symbol.Group_AllSecondary;
    Symbol v_Both = R2Symbol.Group_Both;
    Symbol v_Bridge = R2Symbol.Group_Bridge;
    Symbol v_Join = R2Symbol.Group_Attach;
    Symbol v_Listen = R2Symbol.Group_Listen;
    Symbol v_Loopback = R2Symbol.Group_Loopback;
    Symbol v_None = R2Symbol.Group_None;
    Symbol v_Primary = R2Symbol.Group_Primary;
    Symbol v_PrimaryToPrimary = R2Symbol.Group_PrimaryToPrimary;
    Symbol v_PrimaryToSecondary = R2Symbol.Group_PrimaryToSecondary;
    Symbol v_SecondaryToSecondary = R2Symbol.Group_SecondaryToSecondary;
    Symbol v_Talk = R2Symbol.Group_Talk;
}
