package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for telephony signals: the DTMF digits 0-9, A-D, star and hash, fax CNG and CED tones,
 * and an unknown signal.
 */
public interface SignalConstants {
    Symbol p_SymbolChar = R2Symbol.SG_SymbolChar;
    Symbol v_CED = R2Symbol.SG_CED;
    Symbol v_CNG = R2Symbol.SG_CNG;
    Symbol v_DTMF0 = R2Symbol.SG_DTMF0;
    Symbol v_DTMF1 = R2Symbol.SG_DTMF1;
    Symbol v_DTMF2 = R2Symbol.SG_DTMF2;
    Symbol v_DTMF3 = R2Symbol.SG_DTMF3;
    Symbol v_DTMF4 = R2Symbol.SG_DTMF4;
    Symbol v_DTMF5 = R2Symbol.SG_DTMF5;
    Symbol v_DTMF6 = R2Symbol.SG_DTMF6;
    Symbol v_DTMF7 = R2Symbol.SG_DTMF7;
    Symbol v_DTMF8 = R2Symbol.SG_DTMF8;
    Symbol v_DTMF9 = R2Symbol.SG_DTMF9;
    Symbol v_DTMFA = R2Symbol.SG_DTMFA;
    Symbol v_DTMFB = R2Symbol.SG_DTMFB;
    Symbol v_DTMFC = R2Symbol.SG_DTMFC;
    Symbol v_DTMFD = R2Symbol.SG_DTMFD;
    Symbol v_DTMFHash = R2Symbol.SG_DTMFHash;
    Symbol v_DTMFStar = R2Symbol.SG_DTMFStar;
    Symbol v_Unknown = R2Symbol.Error_BadSignalID;
}
