package javax.telephony.media.container;

import javax.telephony.media.CoderConstants;
import javax.telephony.media.Symbol;
import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols and flags for the container service: open and create flags, access modes, seek origins
 * and units, and dictionary keys.
 */
public interface ContainerConstants extends CoderConstants {
    int b_Append = 8;
    int b_Create = 1;
    int b_Exclusive = 2;
    int b_Truncate = 4;
    Symbol e_OK = R2Symbol.Error_OK;
    Symbol k_InputParameters = R2Symbol.Container_InputParameters;
    Symbol k_MediaType = R2Symbol.Container_MediaType;
    Symbol k_MediaTypes = R2Symbol.Container_MediaTypes;
    Symbol v_AccessCopy = R2Symbol.Container_AccessCopy;
    Symbol v_AccessRead = R2Symbol.Container_AccessRead;
    Symbol v_AccessWrite = R2Symbol.Container_AccessWrite;
    Symbol v_Begin = R2Symbol.Container_Begin;
    Symbol v_Bytes = R2Symbol.Container_Bytes;
    boolean v_Create = true;
    Symbol v_Current = R2Symbol.Container_Current;
    Symbol v_End = R2Symbol.Container_End;
    boolean v_Fail = false;
    Symbol v_MDO = R2Symbol.Container_MDO;
    Symbol v_MilliSeconds = R2Symbol.Container_MilliSeconds;
}
