package javax.telephony.media;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.telephony.media.symbols.BaseSymbol;

/**
 * Final, serializable identifier with an int value and a printable name, used throughout the media
 * API for events, parameters, values and errors.
 *
 * <p>There is exactly one Symbol per value ({@link #getSymbol(int)} interns them, and deserialising
 * gives back the interned instance), so symbols may be compared with {@code ==} as well as
 * {@link #equals}. The value layouts are described in {@link javax.telephony.media.symbols.Format0}
 * and {@link javax.telephony.media.symbols.Format1}.
 */
public final class Symbol extends BaseSymbol implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One Symbol per value; creating one must not touch names, see Stringifier. */
    private static final ConcurrentMap<Integer, Symbol> INTERNED = new ConcurrentHashMap<Integer, Symbol>();

    private Symbol(int value) {
        super(value);
    }

    /** Tells whether {@code object} is the Symbol with the same value. */
    public boolean equals(Object object) {
        return object instanceof Symbol && ((Symbol) object).intValue() == intValue();
    }

    /** Returns the one Symbol for a value, creating it on first use; safe to call from any thread. */
    public static Symbol getSymbol(int value) {
        Symbol symbol = INTERNED.get(value);
        if (symbol == null) {
            Symbol created = new Symbol(value);
            symbol = INTERNED.putIfAbsent(value, created);
            if (symbol == null) {
                symbol = created;
            }
        }
        return symbol;
    }

    /**
     * Returns the Symbol with a name or readable form, or null if there is none; see
     * {@link BaseSymbol#getSymbol(String)}.
     */
    public static Symbol getSymbol(String string) {
        return BaseSymbol.getSymbol(string);
    }

    /** Returns the symbol's value. */
    public int hashCode() {
        return intValue();
    }

    /** Reads symbol names from a file; see {@link BaseSymbol#loadSymbolNames}. */
    public static void loadSymbolNames(String string) {
        BaseSymbol.loadSymbolNames(string);
    }

    /** Writes all symbol names to a file; see {@link BaseSymbol#saveSymbolNames}. */
    public static void saveSymbolNames(String string) {
        BaseSymbol.saveSymbolNames(string);
    }

    /** Gives this symbol's value a new name; see {@link BaseSymbol#setName}. */
    public void setName(String name) {
        super.setName(name);
    }

    /** Returns the symbol's name, or a readable form of its value if it has none. */
    public String toString() {
        return super.toString();
    }

    /** Serialises the value only; BaseSymbol is not serializable, so a proxy carries it. */
    private Object writeReplace() {
        return new SerialForm(intValue());
    }

    /** What a Symbol is written as: its value, resolved back to the interned Symbol on reading. */
    private static final class SerialForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int value;

        SerialForm(int value) {
            this.value = value;
        }

        private Object readResolve() {
            return getSymbol(value);
        }
    }
}
