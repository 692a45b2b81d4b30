package javax.telephony.media.async;

import java.util.Dictionary;
import javax.telephony.media.ASRConstants;
import javax.telephony.media.RTC;
import javax.telephony.media.Symbol;

/** Non-blocking form of the {@code ASR} resource methods. */
public interface Async_ASR extends ASRConstants {
    Async_ASREvent async_contextCopy(String string, String string2, Symbol symbol);

    Async_ASREvent async_contextCreate(String string, Symbol symbol, Dictionary dictionary);

    Async_ASREvent async_contextGetParameters(String string, Symbol[] symbols);

    Async_ASREvent async_contextRemove(String string);

    Async_ASREvent async_contextSetParameters(String string, Dictionary dictionary);

    Async_ASREvent async_getFinalResults();

    Async_ASREvent async_getResults();

    Async_ASREvent async_getRuleExpansion(String string, String string2);

    Async_ASREvent async_idleASR();

    Async_ASREvent async_recognize(RTC[] rTCs, Dictionary dictionary);

    Async_ASREvent async_setRuleExpansion(String string, String string2, String string3);

    Async_ASREvent async_startASR();

    Async_ASREvent async_stopASR();

    Async_ASREvent async_updateParameters();

    Async_ASREvent async_wordCommit(String string, String string2, String string3);

    Async_ASREvent async_wordCreate(String string, String string2);

    Async_ASREvent async_wordDeleteLastUtterance(String string, String string2);

    Async_ASREvent async_wordDeleteTraining(String string, String string2);

    Async_ASREvent async_wordDestroy(String string, String string2);

    Async_ASREvent async_wordTrain(String string, String string2);
}
