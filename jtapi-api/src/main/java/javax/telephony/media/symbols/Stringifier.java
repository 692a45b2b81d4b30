package javax.telephony.media.symbols;

import java.util.Hashtable;

/**
 * Builds printable names for symbols from registered vendor and object names, using the {@code
 * Parser} that matches each value's format.
 */
public class Stringifier {
    public static Parser[] parsers;
    protected static Hashtable venobjName;

    public Stringifier() {
    }

    public static void addParser(Parser parser) {
        throw NotBuilt.member("Stringifier.addParser");
    }

    protected static String getObjectName(int value) {
        throw NotBuilt.member("Stringifier.getObjectName");
    }

    public static Parser getParser(int value) {
        throw NotBuilt.member("Stringifier.getParser");
    }

    protected static String getVendorName(int value) {
        throw NotBuilt.member("Stringifier.getVendorName");
    }

    public static void registerVendor(int value, String string) {
        throw NotBuilt.member("Stringifier.registerVendor");
    }

    public static void setObjectName(int value, String string) {
        throw NotBuilt.member("Stringifier.setObjectName");
    }

    public static void setSymbolName(BaseSymbol baseSymbol, String string) {
        throw NotBuilt.member("Stringifier.setSymbolName");
    }

    public static String toString(BaseSymbol baseSymbol) {
        throw NotBuilt.member("Stringifier.toString");
    }

    /** Decoder for one symbol value encoding format, extracting vendor, object and item numbers. */
    public interface Parser {
        int getItem(int value);

        int getObject(int value);

        int getObjectOnly(int value);

        int getVendor(int value);

        int getVendorOnly(int value);

        boolean isFormat(int value);
    }
}
