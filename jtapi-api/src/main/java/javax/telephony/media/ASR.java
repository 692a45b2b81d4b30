package javax.telephony.media;

import java.util.Dictionary;

/**
 * Automatic speech recognition resource: manages recognition contexts, grammar rules and trained
 * words, runs recognition and returns the results.
 */
public interface ASR extends ASRConstants, Resource {
    void contextCopy(String string, String string2, Symbol symbol) throws MediaResourceException;

    void contextCreate(String string, Symbol symbol, Dictionary dictionary) throws MediaResourceException;

    Dictionary contextGetParameters(String string, Symbol[] symbols) throws MediaResourceException;

    void contextRemove(String string) throws MediaResourceException;

    void contextSetParameters(String string, Dictionary dictionary) throws MediaResourceException;

    ASREvent getFinalResults() throws MediaResourceException;

    ASREvent getResults() throws MediaResourceException;

    String getRuleExpansion(String string, String string2) throws MediaResourceException;

    ASREvent idleASR() throws MediaResourceException;

    ASREvent recognize(RTC[] rTCs, Dictionary dictionary) throws MediaResourceException;

    ASREvent setRuleExpansion(String string, String string2, String string3) throws MediaResourceException;

    ASREvent startASR() throws MediaResourceException;

    ASREvent stopASR() throws MediaResourceException;

    ASREvent updateParameters() throws MediaResourceException;

    ASREvent wordCommit(String string, String string2, String string3) throws MediaResourceException;

    ASREvent wordCreate(String string, String string2) throws MediaResourceException;

    ASREvent wordDeleteLastUtterance(String string, String string2) throws MediaResourceException;

    ASREvent wordDeleteTraining(String string, String string2) throws MediaResourceException;

    ASREvent wordDestroy(String string, String string2) throws MediaResourceException;

    ASREvent wordTrain(String string, String string2) throws MediaResourceException;

    /**
     * Unchecked exception raised when an ASR operation refers to a recognition context that has not
     * been created or loaded.
     */
    public static class NoContextException extends MediaRuntimeException {
        public NoContextException() {
        }

        public NoContextException(String string) {
            super(string);
        }
    }
}
