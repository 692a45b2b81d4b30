package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Basic symbols shared across the media API, including the OK status and common completion
 * qualifiers.
 */
public interface MediaConstants {
    Symbol e_OK = R2Symbol.Error_OK;
    Symbol q_Duration = R2Symbol.Any_Duration;
    Symbol q_Standard = R2Symbol.Any_Standard;
    Symbol q_Stop = R2Symbol.Any_Stop;
}
