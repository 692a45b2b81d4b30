package javax.telephony.media;

import javax.telephony.media.symbols.R2Symbol;

/**
 * Symbols for the {@code Player} resource: attributes, parameters, events, qualifiers, RTC
 * conditions and actions, and option values.
 */
public interface PlayerConstants extends CoderConstants, ResourceConstants {
    Symbol a_Coder = R2Symbol.Player_Coder;
    Symbol a_DictionaryList = R2Symbol.Player_DictionaryList;
    Symbol a_Jump = R2Symbol.Player_Jump;
    Symbol a_LoadedDictionary = R2Symbol.Player_LoadedDictionary;
    Symbol a_Pause = R2Symbol.Player_Pause;
    Symbol a_SapiOptions = R2Symbol.Player_SapiOptions;
    Symbol a_Speed = R2Symbol.Player_Speed;
    Symbol a_Volume = R2Symbol.Player_Volume;
    Symbol e_Busy = R2Symbol.Error_Busy;
    Symbol ev_ActivateDictionary = R2Symbol.Player_ActivateDictionary;
    Symbol ev_AdjustSpeed = R2Symbol.Player_AdjustSpeed;
    Symbol ev_AdjustVolume = R2Symbol.Player_AdjustVolume;
    Symbol ev_Jump = R2Symbol.Player_Jump;
    Symbol ev_LoadDictionary = R2Symbol.Player_LoadDictionary;
    Symbol ev_Marker = R2Symbol.Player_Marker;
    Symbol ev_Pause = R2Symbol.Player_Pause;
    Symbol ev_Play = R2Symbol.Player_Play;
    Symbol ev_Resume = R2Symbol.Player_Resume;
    Symbol ev_Speed = R2Symbol.Player_Speed;
    Symbol ev_Stop = R2Symbol.Player_Stop;
    Symbol ev_UnloadDictionary = R2Symbol.Player_UnloadDictionary;
    Symbol ev_Volume = R2Symbol.Player_Volume;
    Symbol p_CoderTypes = R2Symbol.Player_CoderTypes;
    Symbol p_EnabledEvents = R2Symbol.Player_EnabledEvents;
    Symbol p_IfBusy = R2Symbol.Player_IfBusy;
    Symbol p_JumpMDO = R2Symbol.Player_JumpTVM;
    Symbol p_JumpMDOIncrement = R2Symbol.Player_JumpTVM;
    Symbol p_JumpMSCIncrement = R2Symbol.Player_JumpTVM;
    Symbol p_JumpSentence = R2Symbol.Player_JumpSentence;
    Symbol p_JumpTime = R2Symbol.Player_JumpTime;
    Symbol p_JumpWord = R2Symbol.Player_JumpWord;
    Symbol p_MaxDuration = R2Symbol.Player_MaxDuration;
    Symbol p_SpeedChange = R2Symbol.Player_SpeedChange;
    Symbol p_StartPaused = R2Symbol.Player_StartPaused;
    Symbol p_VolumeChange = R2Symbol.Player_VolumeChange;
    Symbol q_Duration = R2Symbol.Any_Duration;
    Symbol q_EndOfData = R2Symbol.Player_EOD;
    Symbol rtca_JumpBackwardMDOs = R2Symbol.Player_JumpBackwardTVMs;
    Symbol rtca_JumpBackwardMSCs = R2Symbol.Player_JumpForwardTVMs;
    Symbol rtca_JumpBackwardSentences = R2Symbol.Player_JumpBackwardSentences;
    Symbol rtca_JumpBackwardTime = R2Symbol.Player_JumpBackwardTime;
    Symbol rtca_JumpBackwardWords = R2Symbol.Player_JumpBackwardWords;
    Symbol rtca_JumpEndMDO = R2Symbol.Player_JumpEndTVM;
    Symbol rtca_JumpEndMDOList = R2Symbol.Player_JumpEndTVMList;
    Symbol rtca_JumpEndMSC = R2Symbol.Player_JumpEndTVM;
    Symbol rtca_JumpEndMSCList = R2Symbol.Player_JumpEndTVMList;
    Symbol rtca_JumpEndSentence = R2Symbol.Player_JumpEndSentence;
    Symbol rtca_JumpForwardMDOs = R2Symbol.Player_JumpForwardTVMs;
    Symbol rtca_JumpForwardMSCs = R2Symbol.Player_JumpForwardTVMs;
    Symbol rtca_JumpForwardSentences = R2Symbol.Player_JumpForwardSentences;
    Symbol rtca_JumpForwardTime = R2Symbol.Player_JumpForwardTime;
    Symbol rtca_JumpForwardWords = R2Symbol.Player_JumpForwardWords;
    Symbol rtca_JumpStartMDO = R2Symbol.Player_JumpStartTVM;
    Symbol rtca_JumpStartMDOList = R2Symbol.Player_JumpStartTVMList;
    Symbol rtca_JumpStartMSC = R2Symbol.Player_JumpStartTVM;
    Symbol rtca_JumpStartMSCList = R2Symbol.Player_JumpStartTVMList;
    Symbol rtca_JumpStartSentence = R2Symbol.Player_JumpStartSentence;
    Symbol rtca_NormalSpeed = R2Symbol.Player_NormalSpeed;
    Symbol rtca_NormalVolume = R2Symbol.Player_NormalVolume;
    Symbol rtca_Pause = R2Symbol.Player_Pause;
    Symbol rtca_Resume = R2Symbol.Player_Resume;
    Symbol rtca_SpeedDown = R2Symbol.Player_SpeedDown;
    Symbol rtca_SpeedUp = R2Symbol.Player_SpeedUp;
    Symbol rtca_Stop = R2Symbol.Player_Stop;
    Symbol rtca_ToggleSpeed = R2Symbol.Player_ToggleSpeed;
    Symbol rtca_ToggleVolume = R2Symbol.Player_ToggleVolume;
    Symbol rtca_VolumeDown = R2Symbol.Player_VolumeDown;
    Symbol rtca_VolumeUp = R2Symbol.Player_VolumeUp;
    Symbol rtcc_PlayComplete = R2Symbol.Player_Play;
    Symbol rtcc_PlayStarted = R2Symbol.Player_PlayStarted;
    Symbol v_Class = R2Symbol.Player_ResourceClass;
    Symbol v_Fail = R2Symbol.Player_Fail;
    Symbol v_Queue = R2Symbol.Player_Queue;
    Symbol v_Stop = R2Symbol.Player_Stop;
}
