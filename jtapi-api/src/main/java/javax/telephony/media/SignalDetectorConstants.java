package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for the {@code SignalDetector} resource: buffering attributes, parameters, events,
 * qualifiers, patterns, RTC conditions and actions.
 */
public interface SignalDetectorConstants extends ResourceConstants, SignalConstants {
    Symbol a_BufferSize = R2Symbol.SD_BufferSize;
    Symbol a_Buffering = R2Symbol.SD_Buffering;
    Symbol a_DiscardOldest = R2Symbol.SD_DiscardOldest;
    Symbol a_PatternCount = R2Symbol.SD_PatternCount;
    Symbol ev_FlushBuffer = R2Symbol.SD_FlushBuffer;
    Symbol ev_Overflow = R2Symbol.SD_Overflow;
    Symbol[] ev_Pattern = {
            R2Symbol.SD_Pattern0,
            R2Symbol.SD_Pattern1,
            R2Symbol.SD_Pattern2,
            R2Symbol.SD_Pattern3,
            R2Symbol.SD_Pattern4,
            R2Symbol.SD_Pattern5,
            R2Symbol.SD_Pattern6,
            R2Symbol.SD_Pattern7,
            R2Symbol.SD_Pattern8,
            R2Symbol.SD_Pattern9,
            R2Symbol.SD_Pattern10,
            R2Symbol.SD_Pattern11,
            R2Symbol.SD_Pattern12,
            R2Symbol.SD_Pattern13,
            R2Symbol.SD_Pattern14,
            R2Symbol.SD_Pattern15,
            R2Symbol.SD_Pattern16,
            R2Symbol.SD_Pattern17,
            R2Symbol.SD_Pattern18,
            R2Symbol.SD_Pattern19,
            R2Symbol.SD_Pattern20,
            R2Symbol.SD_Pattern21,
            R2Symbol.SD_Pattern22,
            R2Symbol.SD_Pattern23,
            R2Symbol.SD_Pattern24,
            R2Symbol.SD_Pattern25,
            R2Symbol.SD_Pattern26,
            R2Symbol.SD_Pattern27,
            R2Symbol.SD_Pattern28,
            R2Symbol.SD_Pattern29,
            R2Symbol.SD_Pattern30,
            R2Symbol.SD_Pattern31
    };
    Symbol ev_RetrieveSignals = R2Symbol.SD_RetrieveSignals;
    Symbol ev_SignalDetected = R2Symbol.SD_SignalDetected;
    Symbol p_BufferSize = R2Symbol.SD_BufferSize;
    Symbol p_Buffering = R2Symbol.SD_Buffering;
    Symbol p_DiscardOldest = R2Symbol.SD_DiscardOldest;
    Symbol p_Duration = R2Symbol.SD_Duration;
    Symbol p_EnabledEvents = R2Symbol.SD_EnabledEvents;
    Symbol p_Filter = R2Symbol.SD_Filter;
    Symbol p_InitialTimeout = R2Symbol.SD_InitialTimeout;
    Symbol p_InterSigTimeout = R2Symbol.SD_InterSigTimeout;
    Symbol p_Mode = R2Symbol.SD_Mode;
    Symbol[] p_Pattern = {
            R2Symbol.SD_Pattern0,
            R2Symbol.SD_Pattern1,
            R2Symbol.SD_Pattern2,
            R2Symbol.SD_Pattern3,
            R2Symbol.SD_Pattern4,
            R2Symbol.SD_Pattern5,
            R2Symbol.SD_Pattern6,
            R2Symbol.SD_Pattern7,
            R2Symbol.SD_Pattern8,
            R2Symbol.SD_Pattern9,
            R2Symbol.SD_Pattern10,
            R2Symbol.SD_Pattern11,
            R2Symbol.SD_Pattern12,
            R2Symbol.SD_Pattern13,
            R2Symbol.SD_Pattern14,
            R2Symbol.SD_Pattern15,
            R2Symbol.SD_Pattern16,
            R2Symbol.SD_Pattern17,
            R2Symbol.SD_Pattern18,
            R2Symbol.SD_Pattern19,
            R2Symbol.SD_Pattern20,
            R2Symbol.SD_Pattern21,
            R2Symbol.SD_Pattern22,
            R2Symbol.SD_Pattern23,
            R2Symbol.SD_Pattern24,
            R2Symbol.SD_Pattern25,
            R2Symbol.SD_Pattern26,
            R2Symbol.SD_Pattern27,
            R2Symbol.SD_Pattern28,
            R2Symbol.SD_Pattern29,
            R2Symbol.SD_Pattern30,
            R2Symbol.SD_Pattern31
    };
    Symbol p_PatternCount = R2Symbol.SD_PatternCount;
    Symbol q_Duration = R2Symbol.SD_Duration;
    Symbol q_InitialTimeout = R2Symbol.SD_InitialTimeout;
    Symbol q_InterSigTimeout = R2Symbol.SD_InterSigTimeout;
    Symbol q_NumSignals = R2Symbol.SD_NumSignals;
    Symbol[] q_Pattern = {
            R2Symbol.SD_Pattern0,
            R2Symbol.SD_Pattern1,
            R2Symbol.SD_Pattern2,
            R2Symbol.SD_Pattern3,
            R2Symbol.SD_Pattern4,
            R2Symbol.SD_Pattern5,
            R2Symbol.SD_Pattern6,
            R2Symbol.SD_Pattern7,
            R2Symbol.SD_Pattern8,
            R2Symbol.SD_Pattern9,
            R2Symbol.SD_Pattern10,
            R2Symbol.SD_Pattern11,
            R2Symbol.SD_Pattern12,
            R2Symbol.SD_Pattern13,
            R2Symbol.SD_Pattern14,
            R2Symbol.SD_Pattern15,
            R2Symbol.SD_Pattern16,
            R2Symbol.SD_Pattern17,
            R2Symbol.SD_Pattern18,
            R2Symbol.SD_Pattern19,
            R2Symbol.SD_Pattern20,
            R2Symbol.SD_Pattern21,
            R2Symbol.SD_Pattern22,
            R2Symbol.SD_Pattern23,
            R2Symbol.SD_Pattern24,
            R2Symbol.SD_Pattern25,
            R2Symbol.SD_Pattern26,
            R2Symbol.SD_Pattern27,
            R2Symbol.SD_Pattern28,
            R2Symbol.SD_Pattern29,
            R2Symbol.SD_Pattern30,
            R2Symbol.SD_Pattern31
    };
    Symbol rtca_FlushBuffer = R2Symbol.SD_FlushBuffer;
    Symbol rtca_Stop = R2Symbol.SD_Stop;
    Symbol rtcc_FlushBuffer = R2Symbol.SD_FlushBuffer;
    Symbol[] rtcc_Pattern = {
            R2Symbol.SD_Pattern0,
            R2Symbol.SD_Pattern1,
            R2Symbol.SD_Pattern2,
            R2Symbol.SD_Pattern3,
            R2Symbol.SD_Pattern4,
            R2Symbol.SD_Pattern5,
            R2Symbol.SD_Pattern6,
            R2Symbol.SD_Pattern7,
            R2Symbol.SD_Pattern8,
            R2Symbol.SD_Pattern9,
            R2Symbol.SD_Pattern10,
            R2Symbol.SD_Pattern11,
            R2Symbol.SD_Pattern12,
            R2Symbol.SD_Pattern13,
            R2Symbol.SD_Pattern14,
            R2Symbol.SD_Pattern15,
            R2Symbol.SD_Pattern16,
            R2Symbol.SD_Pattern17,
            R2Symbol.SD_Pattern18,
            R2Symbol.SD_Pattern19,
            R2Symbol.SD_Pattern20,
            R2Symbol.SD_Pattern21,
            R2Symbol.SD_Pattern22,
            R2Symbol.SD_Pattern23,
            R2Symbol.SD_Pattern24,
            R2Symbol.SD_Pattern25,
            R2Symbol.SD_Pattern26,
            R2Symbol.SD_Pattern27,
            R2Symbol.SD_Pattern28,
            R2Symbol.SD_Pattern29,
            R2Symbol.SD_Pattern30,
            R2Symbol.SD_Pattern31
    };
    Symbol rtcc_RetrieveSignals = R2Symbol.SD_RetrieveSignals;
    Symbol rtcc_SignalDetected = R2Symbol.SD_SignalDetected;
    Symbol v_Class = R2Symbol.SD_ResourceClass;
    Symbol v_Detecting = R2Symbol.SD_Detecting;
    Symbol v_Idle = R2Symbol.SD_Idle;
}
