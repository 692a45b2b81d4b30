package javax.telephony.media;

import java.util.Dictionary;

/**
 * Completion or notification event from an {@code ASR} resource, carrying recognition results,
 * training outcomes, context data and rule expansions.
 */
public interface ASREvent extends ASRConstants, ResourceEvent {
    Dictionary getContextDictionary();

    String getContextName();

    int getNumberOfSequences();

    Symbol getReadiness();

    Symbol getResultPresentation();

    String getRuleExpansion();

    TokenSequence getTokenSequence(int value);

    Symbol getTrainingResult();

    String getWordName();

    /**
     * One candidate recognition result in an {@code ASREvent}: the recognized tokens with their
     * scores, qualifiers and grammar tags, plus sequence-level score, speaker and language.
     */
    public interface TokenSequence {
        String getContextName();

        String getGrammarTag(int value);

        Symbol getLanguage();

        Symbol getLanguageVariant();

        int getSequenceLength();

        Symbol getSequenceQualifier();

        int getSequenceScore();

        String getSequenceSpeaker();

        String getToken(int value);

        Symbol getTokenQualifier(int value);

        int getTokenScore(int value);
    }
}
