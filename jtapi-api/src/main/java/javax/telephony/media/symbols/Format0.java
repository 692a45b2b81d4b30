package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Parser that splits a symbol value in encoding format 0 into its vendor, object and item fields,
 * and builds such symbols.
 */
public class Format0 implements Stringifier.Parser {
    public Format0() {
    }

    public static Symbol f0symbol(int value, int value2) {
        throw NotBuilt.member("Format0.f0symbol");
    }

    public int getItem(int value) {
        throw NotBuilt.member("Format0.getItem");
    }

    public int getObject(int value) {
        throw NotBuilt.member("Format0.getObject");
    }

    public int getObjectOnly(int value) {
        throw NotBuilt.member("Format0.getObjectOnly");
    }

    public int getVendor(int value) {
        throw NotBuilt.member("Format0.getVendor");
    }

    public int getVendorOnly(int value) {
        throw NotBuilt.member("Format0.getVendorOnly");
    }

    public boolean isFormat(int value) {
        throw NotBuilt.member("Format0.isFormat");
    }
}
