package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols naming media encodings (PCM mu-law and A-law, ADPCM, linear, ASCII, TDD, ADSI) used by
 * players, recorders and containers.
 */
public interface CoderConstants {
    Symbol v_24kADPCM = R2Symbol.Container_24kADPCM;
    Symbol v_32kADPCM = R2Symbol.Container_32kADPCM;
    Symbol v_44kADPCM = R2Symbol.Container_44kADPCM;
    Symbol v_48k8BitLinear = R2Symbol.Container_48k8BitLinear;
    Symbol v_48kALawPCM = R2Symbol.Container_48kALawPCM;
    Symbol v_48kMuLawPCM = R2Symbol.Container_48kMuLawPCM;
    Symbol v_64k8BitLinear = R2Symbol.Container_64k8BitLinear;
    Symbol v_64kALawPCM = R2Symbol.Container_64kALawPCM;
    Symbol v_64kMuLawPCM = R2Symbol.Container_64kMuLawPCM;
    Symbol v_88k8BitLinear = R2Symbol.Container_88k8BitLinear;
    Symbol v_88kALawPCM = R2Symbol.Container_88kALawPCM;
    Symbol v_88kMuLawPCM = R2Symbol.Container_88kMuLawPCM;
    Symbol v_ADPCM_24k = R2Symbol.Container_24kADPCM;
    Symbol v_ADPCM_32k = R2Symbol.Container_32kADPCM;
    Symbol v_ADPCM_44k = R2Symbol.Container_44kADPCM;
    Symbol v_ADSI = R2Symbol.Container_ADSI;
    Symbol v_ALawPCM_48k = R2Symbol.Container_48kALawPCM;
    Symbol v_ALawPCM_64k = R2Symbol.Container_64kALawPCM;
    Symbol v_ALawPCM_88k = R2Symbol.Container_88kALawPCM;
    Symbol v_ASCII = R2Symbol.Container_ASCII;
    Symbol v_Linear8Bit_48k = R2Symbol.Container_48k8BitLinear;
    Symbol v_Linear8Bit_64k = R2Symbol.Container_64k8BitLinear;
    Symbol v_Linear8Bit_88k = R2Symbol.Container_88k8BitLinear;
    Symbol v_MuLawPCM_48k = R2Symbol.Container_48kMuLawPCM;
    Symbol v_MuLawPCM_64k = R2Symbol.Container_64kMuLawPCM;
    Symbol v_MuLawPCM_88k = R2Symbol.Container_88kMuLawPCM;
    Symbol v_TDD = R2Symbol.Container_TDD;
}
