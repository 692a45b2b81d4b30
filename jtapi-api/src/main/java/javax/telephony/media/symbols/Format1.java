package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Parser that splits a symbol value in encoding format 1 into its vendor, object and item fields,
 * and builds such symbols.
 */
public class Format1 implements Stringifier.Parser {
    public Format1() {
    }

    public static Symbol f1symbol(int value, int value2, int value3) {
        throw NotBuilt.member("Format1.f1symbol");
    }

    protected static int f1value(int value, int value2, int value3) {
        throw NotBuilt.member("Format1.f1value");
    }

    public int getItem(int value) {
        throw NotBuilt.member("Format1.getItem");
    }

    public int getObject(int value) {
        throw NotBuilt.member("Format1.getObject");
    }

    public int getObjectOnly(int value) {
        throw NotBuilt.member("Format1.getObjectOnly");
    }

    public int getVendor(int value) {
        throw NotBuilt.member("Format1.getVendor");
    }

    public int getVendorOnly(int value) {
        throw NotBuilt.member("Format1.getVendorOnly");
    }

    public boolean isFormat(int value) {
        throw NotBuilt.member("Format1.isFormat");
    }
}
