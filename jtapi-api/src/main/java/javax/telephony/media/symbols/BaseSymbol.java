package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Abstract base of {@code Symbol}: holds the int value, handles equality and hashing, and manages
 * printable names.
 */
public abstract class BaseSymbol {
    protected BaseSymbol(int value) {
    }

    public boolean equals(Object object) {
        throw NotBuilt.member("BaseSymbol.equals");
    }

    public static Symbol getSymbol(String string) {
        throw NotBuilt.member("BaseSymbol.getSymbol");
    }

    public int hashCode() {
        throw NotBuilt.member("BaseSymbol.hashCode");
    }

    public int intValue() {
        throw NotBuilt.member("BaseSymbol.intValue");
    }

    public static void loadSymbolNames(String string) {
        throw NotBuilt.member("BaseSymbol.loadSymbolNames");
    }

    public static void saveSymbolNames(String string) {
        throw NotBuilt.member("BaseSymbol.saveSymbolNames");
    }

    public void setName(String name) {
        throw NotBuilt.member("BaseSymbol.setName");
    }

    public String toString() {
        throw NotBuilt.member("BaseSymbol.toString");
    }
}
