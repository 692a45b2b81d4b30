package javax.telephony.media;

import java.io.Serializable;
import javax.telephony.media.symbols.BaseSymbol;

/**
 * Final, serializable identifier with an int value and a printable name, used throughout the media
 * API for events, parameters, values and errors.
 */
public final class Symbol extends BaseSymbol implements Serializable {
    private Symbol() { super(0); }

    public boolean equals(Object object) {
        throw NotBuilt.member("Symbol.equals");
    }

    public static Symbol getSymbol(int value) {
        throw NotBuilt.member("Symbol.getSymbol");
    }

    public static Symbol getSymbol(String string) {
        throw NotBuilt.member("Symbol.getSymbol");
    }

    public int hashCode() {
        throw NotBuilt.member("Symbol.hashCode");
    }

    public static void loadSymbolNames(String string) {
        throw NotBuilt.member("Symbol.loadSymbolNames");
    }

    public static void saveSymbolNames(String string) {
        throw NotBuilt.member("Symbol.saveSymbolNames");
    }

    public void setName(String name) {
        throw NotBuilt.member("Symbol.setName");
    }

    public String toString() {
        throw NotBuilt.member("Symbol.toString");
    }
}
