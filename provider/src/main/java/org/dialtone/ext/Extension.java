package org.dialtone.ext;

/** The extensions a provider may offer; ask {@link ExtensionSupport#isSupported}. */
public enum Extension {
    /** Swap hold: hold the active call and retrieve a held one in one step. */
    SWAP_HOLD,
    /** One-step conference set-up with its consultation call, and the calls related to a conference. */
    CONFERENCE_SETUP,
    /** Indirect park: the switch picks the park orbit and says which. */
    INDIRECT_PARK,
    /** Call completion: callback or camp-on when the called party is busy or does not answer. */
    CALL_COMPLETION,
    /** Secure a call against interruption (call waiting, intrusion, pickup). */
    SECURE_CALL,
    /** Hand a call to another application on the same switch. */
    HANDOFF,
    /** Translate between canonical {@code +CC (AC) NUMBER} and dialable strings. */
    ADDRESS_TRANSLATION,
    /** Send digits (DTMF) in a connected call. */
    DIGITS
}
