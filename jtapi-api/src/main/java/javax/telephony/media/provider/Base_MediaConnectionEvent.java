package javax.telephony.media.provider;

import java.util.EventListener;
import javax.telephony.media.Symbol;
import javax.telephony.media.connection.MediaConnection;
import javax.telephony.media.connection.MediaConnectionException;
import javax.telephony.media.connection.async.Async_MediaConnectionEvent;

/**
 * Provider-side implementation of media connection completion events, carrying the connection token
 * and its data flow.
 */
public class Base_MediaConnectionEvent extends Base.MediaGroupEvent implements Async_MediaConnectionEvent {
    protected Symbol dataFlow;
    protected Symbol maxDataFlow;
    protected MediaConnection.Token token;
    protected Symbol type;

    public Base_MediaConnectionEvent(Object object) {
        super(object, (Symbol) null);
    }

    public Base_MediaConnectionEvent(Object object, Symbol symbol) {
        super(object, symbol);
    }

    public Base_MediaConnectionEvent(Object object, Symbol symbol, boolean flag) {
        super(object, symbol);
    }

    public void dispatch(EventListener eventListener) {
        throw NotBuilt.member("Base_MediaConnectionEvent.dispatch");
    }

    public void done(Exception exception, MediaConnection.Token token) {
        throw NotBuilt.member("Base_MediaConnectionEvent.done");
    }

    public Symbol getDataFlow() {
        throw NotBuilt.member("Base_MediaConnectionEvent.getDataFlow");
    }

    public Symbol getMaxDataFlow() {
        throw NotBuilt.member("Base_MediaConnectionEvent.getMaxDataFlow");
    }

    public MediaConnection.Token getToken() {
        throw NotBuilt.member("Base_MediaConnectionEvent.getToken");
    }

    public Symbol getType() {
        throw NotBuilt.member("Base_MediaConnectionEvent.getType");
    }

    protected void setFields() {
        throw NotBuilt.member("Base_MediaConnectionEvent.setFields");
    }

    public void throwIfConnectionException() throws MediaConnectionException {
        throw NotBuilt.member("Base_MediaConnectionEvent.throwIfConnectionException");
    }

    /**
     * Provider-side {@code MediaConnection.Token} implementation holding a connection's type, data
     * flow and maximum data flow.
     */
    public static class Token implements MediaConnection.Token {
        protected Symbol dataFlow;
        protected Symbol maxDataFlow;
        protected Symbol type;

        protected Token() {
        }

        protected Token(Symbol symbol, Symbol symbol2, Symbol symbol3) {
        }

        public Symbol getDataFlow() {
            throw NotBuilt.member("Base_MediaConnectionEvent.Token.getDataFlow");
        }

        public Symbol getMaxDataFlow() {
            throw NotBuilt.member("Base_MediaConnectionEvent.Token.getMaxDataFlow");
        }

        public Symbol getType() {
            throw NotBuilt.member("Base_MediaConnectionEvent.Token.getType");
        }

        public String toString() {
            throw NotBuilt.member("Base_MediaConnectionEvent.Token.toString");
        }
    }
}
