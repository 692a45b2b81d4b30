package javax.telephony.media;

/**
 * Conditions for tests that need a working {@link Symbol}.
 *
 * <p>{@code Symbol} is being built on another branch; until it is merged, {@code Symbol.getSymbol}
 * throws, and so does loading any class with symbol constants ({@code ResourceSpec},
 * {@code ConfigSpec}, {@code RTC}). Tests that need symbols are enabled by these conditions, so
 * they are skipped before the merge and run after it. Once {@code Symbol} is built these always
 * hold and can be removed.
 */
public final class SymbolSupport {
    private SymbolSupport() {
    }

    /** True when {@code Symbol.getSymbol(int)} returns symbols, so symbol constants load. */
    public static boolean symbolsInterned() {
        try {
            return Symbol.getSymbol(0x001100b0) != null;
        } catch (UnsupportedOperationException notBuilt) {
            return false;
        }
    }

    /** True when, in addition, symbols have working equals, hashCode and toString. */
    public static boolean symbolValuesBuilt() {
        if (!symbolsInterned()) {
            return false;
        }
        try {
            Symbol symbol = Symbol.getSymbol(0x001100b0);
            return symbol.equals(symbol) && symbol.hashCode() == symbol.hashCode()
                    && symbol.toString() != null;
        } catch (UnsupportedOperationException notBuilt) {
            return false;
        }
    }
}
