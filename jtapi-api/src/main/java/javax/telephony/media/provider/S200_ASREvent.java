package javax.telephony.media.provider;

import java.util.Dictionary;
import javax.telephony.media.ASREvent;
import javax.telephony.media.Symbol;

/** {@code ASREvent} implementation whose fields are filled in from an S.200-style event payload. */
public class S200_ASREvent extends Base_ASREvent {
    protected Symbol resultPresentation;
    protected S200_ASREvent.TokenSequence[] tokenSequences;

    public S200_ASREvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public S200_ASREvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }

    public Dictionary getContextDictionary() {
        throw NotBuilt.member("S200_ASREvent.getContextDictionary");
    }

    public String getContextName() {
        throw NotBuilt.member("S200_ASREvent.getContextName");
    }

    public int getNumberOfSequences() {
        throw NotBuilt.member("S200_ASREvent.getNumberOfSequences");
    }

    public Symbol getReadiness() {
        throw NotBuilt.member("S200_ASREvent.getReadiness");
    }

    public Symbol getResultPresentation() {
        throw NotBuilt.member("S200_ASREvent.getResultPresentation");
    }

    public String getRuleExpansion() {
        throw NotBuilt.member("S200_ASREvent.getRuleExpansion");
    }

    public ASREvent.TokenSequence getTokenSequence(int value) {
        throw NotBuilt.member("S200_ASREvent.getTokenSequence");
    }

    public Symbol getTrainingResult() {
        throw NotBuilt.member("S200_ASREvent.getTrainingResult");
    }

    public String getWordName() {
        throw NotBuilt.member("S200_ASREvent.getWordName");
    }

    public void setFields() {
        throw NotBuilt.member("S200_ASREvent.setFields");
    }

    /** One recognised sequence of tokens in a result; kept inside this event class. */
    static class TokenSequence implements ASREvent.TokenSequence {
        @Override
        public String getContextName() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getContextName");
        }

        @Override
        public String getGrammarTag(int index) {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getGrammarTag");
        }

        @Override
        public Symbol getLanguage() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getLanguage");
        }

        @Override
        public Symbol getLanguageVariant() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getLanguageVariant");
        }

        @Override
        public int getSequenceLength() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getSequenceLength");
        }

        @Override
        public Symbol getSequenceQualifier() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getSequenceQualifier");
        }

        @Override
        public int getSequenceScore() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getSequenceScore");
        }

        @Override
        public String getSequenceSpeaker() {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getSequenceSpeaker");
        }

        @Override
        public String getToken(int index) {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getToken");
        }

        @Override
        public Symbol getTokenQualifier(int index) {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getTokenQualifier");
        }

        @Override
        public int getTokenScore(int index) {
            throw NotBuilt.member("S200_ASREvent.TokenSequence.getTokenScore");
        }
    }
}
