package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Parser that splits a symbol value in encoding format 0 into its vendor, object and item fields,
 * and builds such symbols.
 *
 * <p>Format 0 is the layout of every standard (ECTF release 2) symbol and of the symbols of vendors
 * 1 to 15. Written in hex a format 0 value reads {@code 0xIIIIVOO0}:
 *
 * <ul>
 *   <li>bits 0-3: the format tag, 0;
 *   <li>bits 4-11: the object number within its vendor (0-255);
 *   <li>bits 12-15: the vendor number (0-15; 0 is the ECTF standard);
 *   <li>bits 16-31: the item number (0-65535).
 * </ul>
 *
 * Bits 4-15 together form the vendor-qualified object number ({@code vendor << 8 | object}); for the
 * standard objects these are the {@code R2Symbol} int constants such as {@code ASR_} or
 * {@code Language_}. For example {@code 0x000100c0} is item 1 of object 12 ({@code Language_}).
 */
public class Format0 implements Stringifier.Parser {
    static final int TAG = 0;
    /** Largest vendor-qualified object number (4 vendor bits, 8 object bits). */
    static final int MAX_OBJECT = 0xFFF;
    static final int MAX_ITEM = 0xFFFF;

    /** Creates the format 0 parser; it has no state, so any instance behaves the same. */
    public Format0() {
    }

    /**
     * Returns the format 0 symbol for an item of an object.
     *
     * @param object the vendor-qualified object number, 0 to 0xFFF (for example {@code R2Symbol.ASR_})
     * @param item the item number, 0 to 0xFFFF
     * @throws IllegalArgumentException if either number is out of range
     */
    public static Symbol f0symbol(int object, int item) {
        return Symbol.getSymbol(f0value(object, item));
    }

    /** The format 0 value for an item of a vendor-qualified object; checks both ranges. */
    static int f0value(int object, int item) {
        Stringifier.checkRange("object", object, 0, MAX_OBJECT);
        Stringifier.checkRange("item", item, 0, MAX_ITEM);
        return item << 16 | object << 4 | TAG;
    }

    /** Whether a vendor, object and item can be written in format 0. */
    static boolean fits(int vendor, int object, int item) {
        return vendor >= 0 && vendor < Format1.MIN_VENDOR
                && object >= 0 && object <= 0xFF
                && item >= 0 && item <= MAX_ITEM;
    }

    /** Returns the item number, bits 16-31. */
    public int getItem(int value) {
        return value >>> 16;
    }

    /** Returns the vendor-qualified object number, bits 4-15 ({@code vendor << 8 | object}). */
    public int getObject(int value) {
        return (value >>> 4) & MAX_OBJECT;
    }

    /** Returns the object number within its vendor, bits 4-11. */
    public int getObjectOnly(int value) {
        return (value >>> 4) & 0xFF;
    }

    /** Returns the vendor part of the vendor-qualified object number ({@code vendor << 8}). */
    public int getVendor(int value) {
        return (value >>> 4) & 0xF00;
    }

    /** Returns the vendor number, bits 12-15. */
    public int getVendorOnly(int value) {
        return (value >>> 12) & 0xF;
    }

    /** Tells whether the format tag (bits 0-3) is 0; every such value is a valid format 0 value. */
    public boolean isFormat(int value) {
        return (value & 0xF) == TAG;
    }
}
