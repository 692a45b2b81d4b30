package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for the {@code SignalGenerator} resource, such as its send-signals event ID and resource
 * class value.
 */
public interface SignalGeneratorConstants extends ResourceConstants, SignalConstants {
    Symbol ev_SendSignals = R2Symbol.SG_SendSignals;
    Symbol v_Class = R2Symbol.SG_ResourceClass;
}
