package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Event ID symbols for the operations and notifications of a {@code MediaService}, such as binds,
 * releases, configuration and delegation.
 */
public interface MediaServiceConstants extends MediaConstants {
    Symbol ev_BindAndConnect = R2Symbol.SCR_MakeCall;
    Symbol ev_BindToCall = R2Symbol.SCR_Group;
    Symbol ev_BindToServiceName = R2Symbol.SCR_RequestGroup;
    Symbol ev_BindToTerminal = R2Symbol.Group_Create;
    Symbol ev_BindToTerminalName = R2Symbol.Group_Create;
    Symbol ev_Configure = R2Symbol.Group_Configure;
    Symbol ev_Connected = R2Symbol.CCR_Active;
    Symbol ev_DelegateToService = R2Symbol.Group_HandOff;
    Symbol ev_Disconnected = R2Symbol.CCR_Idle;
    Symbol ev_GetConfigSpec = R2Symbol.Group_GetConfigSpec;
    Symbol ev_GetConfiguration = R2Symbol.Group_GetConfigSpec;
    Symbol ev_GetParameters = R2Symbol.Group_GetParameters;
    Symbol ev_GetTerminal = R2Symbol.CCR_ResourceID;
    Symbol ev_GetTerminalName = R2Symbol.CCR_ResourceName;
    Symbol ev_GetUserValues = R2Symbol.Group_GetInfo;
    Symbol ev_GroupStop = R2Symbol.Group_Stop;
    Symbol ev_Release = R2Symbol.Group_Return;
    Symbol ev_ReleaseDelegated = R2Symbol.Group_Return;
    Symbol ev_ReleaseToDestroy = R2Symbol.Group_Return;
    Symbol ev_ReleaseToService = R2Symbol.Group_ReleaseToService;
    Symbol ev_ReleaseToTag = R2Symbol.Group_Return;
    Symbol ev_Retrieve = R2Symbol.Group_Retrieve;
    Symbol ev_Retrieved = R2Symbol.Group_Retrieved;
    Symbol ev_SetParameters = R2Symbol.Group_SetParameters;
    Symbol ev_SetUserDictionary = R2Symbol.Group_PutInfo;
    Symbol ev_SetUserValues = R2Symbol.Group_PutInfo;
    Symbol ev_TerminalIdle = R2Symbol.SCR_TerminalIdle;
    Symbol ev_TriggerRTC = R2Symbol.Group_None;
}
