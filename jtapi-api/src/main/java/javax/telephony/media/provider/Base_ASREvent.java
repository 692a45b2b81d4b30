package javax.telephony.media.provider;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async_ASREvent;

/**
 * Abstract provider-side {@code ASREvent} implementation that dispatches to ASR listeners;
 * subclasses supply the result data.
 */
public abstract class Base_ASREvent extends Base.ResourceEvent implements Async_ASREvent {
    public Base_ASREvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_ASREvent.dispatch");
    }

    public abstract Dictionary getContextDictionary();

    public abstract String getContextName();

    public abstract int getNumberOfSequences();

    public abstract Symbol getReadiness();

    public abstract Symbol getResultPresentation();

    public abstract String getRuleExpansion();

    public abstract TokenSequence getTokenSequence(int value);

    public abstract Symbol getTrainingResult();

    public abstract String getWordName();
}
