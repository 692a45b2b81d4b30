package javax.telephony.media.symbols;

/** Abstract holder of the printable name table for the standard ECTF release 2 symbols. */
public abstract class R2SymbolNames {
    public R2SymbolNames() {
    }
}
