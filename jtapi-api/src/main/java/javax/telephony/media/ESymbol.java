package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Collects the full set of standard ECTF symbol constants under one interface name for convenient
 * import.
 */
public interface ESymbol extends R2Symbol {
}
