package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols and return-tag strings used when a media group is delegated to another service and later
 * returned or retrieved.
 */
public interface DelegationConstants extends MediaServiceConstants {
    Symbol ev_Delegated = R2Symbol.Group_HandOff;
    Symbol q_Released = R2Symbol.Group_Unwind;
    Symbol q_Removed = R2Symbol.Group_Returned;
    Symbol q_Retrieved = R2Symbol.Group_Retrieved;
    Symbol q_Returned = R2Symbol.Group_Returned;
    String tag_CatchAll = "Group_ECTF_CatchAll";
    String tag_CatchNone = "Group_ECTF_NeverReturn";
    String tag_DestroyRequest = "Group_ECTF_DestroyRequest";
    String tag_NeverReturn = "Group_ECTF_NeverReturn";
    String tag_NormalReturn = "Group_ECTF_NormalReturn";
    String tag_RemoveSession = "Group_ECTF_RemoveSession";
    String tag_SessionDeath = "Group_ECTF_SessionDeath";
    Symbol v_Released = R2Symbol.Group_Unwind;
}
