package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for the {@code Recorder} resource: attributes, parameters, events, qualifiers, RTC
 * conditions and actions.
 */
public interface RecorderConstants extends CoderConstants, ResourceConstants {
    Symbol a_Beep = R2Symbol.Recorder_Beep;
    Symbol a_CoderTypes = R2Symbol.Recorder_Coder;
    Symbol a_FixedBeep = R2Symbol.Recorder_FixedBeep;
    Symbol a_Pause = R2Symbol.Recorder_Pause;
    Symbol e_Coder = R2Symbol.Error_Coder;
    Symbol ev_Pause = R2Symbol.Recorder_Pause;
    Symbol ev_Record = R2Symbol.Recorder_Record;
    Symbol ev_Resume = R2Symbol.Recorder_Resume;
    Symbol ev_Stop = R2Symbol.Recorder_Stop;
    Symbol p_Append = R2Symbol.Recorder_Append;
    Symbol p_BeepFrequency = R2Symbol.Recorder_BeepFrequency;
    Symbol p_BeepLength = R2Symbol.Recorder_BeepLength;
    Symbol p_Coder = R2Symbol.Recorder_Coder;
    Symbol p_CoderTypes = R2Symbol.Recorder_CoderTypes;
    Symbol p_EnabledEvents = R2Symbol.Recorder_EnabledEvents;
    Symbol p_MaxDuration = R2Symbol.Recorder_MaxDuration;
    Symbol p_MinDuration = R2Symbol.Recorder_MinDuration;
    Symbol p_SilenceTerminationOn = R2Symbol.Recorder_SilenceTerminationOn;
    Symbol p_SilenceTerminationThreshold = R2Symbol.Recorder_SilenceThreshold;
    Symbol p_SilenceTruncationOn = R2Symbol.Recorder_PauseCompressionOn;
    Symbol p_SilenceTruncationThreshold = R2Symbol.Recorder_PauseThreshold;
    Symbol p_StartBeep = R2Symbol.Recorder_StartBeep;
    Symbol p_StartPaused = R2Symbol.Recorder_StartPaused;
    Symbol q_Silence = R2Symbol.Recorder_Silence;
    Symbol rtca_Pause = R2Symbol.Recorder_Pause;
    Symbol rtca_Resume = R2Symbol.Recorder_Resume;
    Symbol rtca_Stop = R2Symbol.Recorder_Stop;
    Symbol rtcc_RecordComplete = R2Symbol.Recorder_Record;
    Symbol v_Class = R2Symbol.Recorder_ResourceClass;
}
