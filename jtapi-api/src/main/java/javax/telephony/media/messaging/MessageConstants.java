package javax.telephony.media.messaging;

import javax.telephony.media.MediaConstants;
import javax.telephony.media.Symbol;
import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for the messaging package: event IDs for service registration, opening and closing, error
 * codes, and message dictionary keys.
 */
public interface MessageConstants extends MediaConstants {
    Symbol e_NotFound = R2Symbol.Error_NotFound;
    Symbol e_NotSupported = R2Symbol.Error_NotSupported;
    Symbol ev_Close = R2Symbol.Session_ReleaseService;
    Symbol ev_OpenNamedService = R2Symbol.Session_FindService;
    Symbol ev_RegisterService = R2Symbol.Session_RegisterService;
    Symbol ev_ServiceClosed = R2Symbol.Service_Closed;
    Symbol ev_ServiceOpened = R2Symbol.Service_Opened;
    Symbol ev_UnregisterService = R2Symbol.Session_UnregisterService;
    Symbol k_Error = R2Symbol.Message_Error;
    Symbol k_EventData = R2Symbol.Message_EventData;
    Symbol k_Payload = R2Symbol.Message_EventData;
    Symbol k_Qualifier = R2Symbol.Message_Qualifier;
    Symbol k_ServiceName = R2Symbol.Session_ServiceName;
    Symbol k_Status = R2Symbol.Message_Status;
    Symbol k_SubError = R2Symbol.Message_SubError;
    Symbol v_Null = R2Symbol.Any_Null;
}
