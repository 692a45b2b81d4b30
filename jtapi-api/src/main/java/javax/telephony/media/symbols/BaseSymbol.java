package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Abstract base of {@code Symbol}: holds the int value, handles equality and hashing, and manages
 * printable names.
 *
 * <p>The value alone identifies a symbol: two symbols of the same class with the same value are
 * equal, and the hash code is the value. Names are kept per value by {@link Stringifier}.
 */
public abstract class BaseSymbol {
    private final int value;

    /** Creates a symbol for a 32-bit value; the value never changes. */
    protected BaseSymbol(int value) {
        this.value = value;
    }

    /** Tells whether {@code object} is a symbol of the same class with the same value. */
    public boolean equals(Object object) {
        return object != null && object.getClass() == getClass()
                && ((BaseSymbol) object).value == value;
    }

    /**
     * Returns the symbol with a name, such as {@code "ASR_ActiveContexts"}, or with a readable form
     * that {@link #toString()} prints for unnamed symbols, such as {@code "Symbol(ECTF.ASR.999)"} or
     * {@code "Symbol(0x00000002)"}.
     *
     * @return the symbol, or null if the text is neither a known name nor a valid readable form
     * @throws NullPointerException if {@code string} is null
     */
    public static Symbol getSymbol(String string) {
        return Stringifier.lookup(string);
    }

    /** Returns the symbol's value. */
    public int hashCode() {
        return value;
    }

    /** Returns the symbol's 32-bit value. */
    public int intValue() {
        return value;
    }

    /**
     * Reads names from a UTF-8 properties file of {@code 0xCODE=name} lines, as
     * {@link #saveSymbolNames} writes, and gives each listed value its name; other values keep theirs.
     * Loading is all or nothing.
     *
     * @param string the file name
     * @throws java.io.UncheckedIOException if the file cannot be read (the message names the file)
     * @throws IllegalArgumentException if a line is malformed or the names would make a name name two
     *     values; nothing is changed then
     * @throws NullPointerException if {@code string} is null
     */
    public static void loadSymbolNames(String string) {
        SymbolNameFile.load(string);
    }

    /**
     * Writes every symbol name to a UTF-8 properties file, one {@code 0xCODE=name} line per named
     * value, ordered by value, replacing the file if it exists.
     *
     * @param string the file name
     * @throws java.io.UncheckedIOException if the file cannot be written (the message names the file)
     * @throws NullPointerException if {@code string} is null
     */
    public static void saveSymbolNames(String string) {
        SymbolNameFile.save(string);
    }

    /**
     * Gives this symbol's value a new name (see {@link Stringifier#setSymbolName}).
     *
     * @throws IllegalArgumentException if the name is empty, starts with {@code "Symbol("} or names
     *     another symbol
     * @throws NullPointerException if {@code name} is null
     */
    public void setName(String name) {
        Stringifier.setSymbolName(this, name);
    }

    /** Returns the symbol's name, or a readable form of its value if it has none. */
    public String toString() {
        return Stringifier.toString(this);
    }
}
