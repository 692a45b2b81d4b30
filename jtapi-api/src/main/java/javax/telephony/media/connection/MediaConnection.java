package javax.telephony.media.connection;

import javax.telephony.media.Symbol;

/**
 * Links the media streams of {@code Connectable} objects by bridge, join or loopback, changes the
 * data flow and removes links.
 */
public interface MediaConnection extends MediaConnectionConstants {
    Token bridge(Connectable connectable, Symbol symbol, Symbol symbol2) throws MediaConnectionException;

    Token connect(Symbol symbol, Connectable connectable, Symbol symbol2, Symbol symbol3) throws MediaConnectionException;

    void disconnect(Symbol symbol) throws MediaConnectionException;

    void disconnect(Token token) throws MediaConnectionException;

    Token join(Connectable connectable, Symbol symbol, Symbol symbol2) throws MediaConnectionException;

    Token loopback(Connectable connectable, Symbol symbol, Symbol symbol2) throws MediaConnectionException;

    void setDataFlow(Symbol symbol, Symbol symbol2) throws MediaConnectionException;

    void setDataFlow(Token token, Symbol symbol) throws MediaConnectionException;

    /**
     * Handle for one established media connection, giving its type, current data flow and maximum
     * allowed data flow.
     */
    public interface Token {
        boolean equals(Object object);

        Symbol getDataFlow();

        Symbol getMaxDataFlow();

        Symbol getType();
    }
}
