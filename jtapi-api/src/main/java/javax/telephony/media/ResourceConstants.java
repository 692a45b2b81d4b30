package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols common to all resources, such as disconnection errors, RTC qualifiers and conditions, and
 * the {@code FOREVER} timeout value.
 */
public interface ResourceConstants extends MediaConstants {
    int FOREVER = -1;
    Symbol e_Disconnected = R2Symbol.Error_Disconnected;
    Symbol q_Disconnected = R2Symbol.CCR_Idle;
    Symbol q_RTC = R2Symbol.Group_RTC;
    Symbol rtcc_Disconnected = R2Symbol.CCR_Idle;
    Symbol rtcc_TriggerRTC = R2Symbol.Group_RTCTrigger;
    Integer v_Forever = Integer.valueOf(FOREVER);
}
