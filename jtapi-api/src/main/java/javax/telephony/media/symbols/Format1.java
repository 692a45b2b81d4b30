package javax.telephony.media.symbols;

import javax.telephony.media.Symbol;

/**
 * Parser that splits a symbol value in encoding format 1 into its vendor, object and item fields,
 * and builds such symbols.
 *
 * <p>Format 1 gives room to vendor numbers 16 to 4095, which do not fit format 0, at the price of
 * fewer items per object. Written in hex a format 1 value reads {@code 0xIIVVVOO1}:
 *
 * <ul>
 *   <li>bits 0-3: the format tag, 1;
 *   <li>bits 4-11: the object number within its vendor (0-255);
 *   <li>bits 12-23: the vendor number (16-4095; vendors 0-15 use {@link Format0});
 *   <li>bits 24-31: the item number (0-255).
 * </ul>
 *
 * As in format 0, the vendor starts at bit 12 and the object at bit 4, so the vendor-qualified object
 * number is {@code vendor << 8 | object} in both formats and names one object whatever its format.
 */
public class Format1 implements Stringifier.Parser {
    static final int TAG = 1;
    /** Smallest format 1 vendor: smaller vendor numbers fit format 0 and are written in it. */
    static final int MIN_VENDOR = 16;
    static final int MAX_VENDOR = 0xFFF;
    static final int MAX_OBJECT_ONLY = 0xFF;
    static final int MAX_ITEM = 0xFF;

    /** Creates the format 1 parser; it has no state, so any instance behaves the same. */
    public Format1() {
    }

    /**
     * Returns the format 1 symbol for a vendor's item of an object.
     *
     * @param vendor the vendor number, 16 to 4095
     * @param object the object number within the vendor, 0 to 255
     * @param item the item number, 0 to 255
     * @throws IllegalArgumentException if a number is out of range
     */
    public static Symbol f1symbol(int vendor, int object, int item) {
        return Symbol.getSymbol(f1value(vendor, object, item));
    }

    /**
     * Returns the format 1 int value for a vendor's item of an object, with the same arguments and
     * checks as {@link #f1symbol(int, int, int)}.
     *
     * @throws IllegalArgumentException if a number is out of range
     */
    protected static int f1value(int vendor, int object, int item) {
        Stringifier.checkRange("vendor", vendor, MIN_VENDOR, MAX_VENDOR);
        Stringifier.checkRange("object", object, 0, MAX_OBJECT_ONLY);
        Stringifier.checkRange("item", item, 0, MAX_ITEM);
        return item << 24 | vendor << 12 | object << 4 | TAG;
    }

    /** Whether a vendor, object and item can be written in format 1. */
    static boolean fits(int vendor, int object, int item) {
        return vendor >= MIN_VENDOR && vendor <= MAX_VENDOR
                && object >= 0 && object <= MAX_OBJECT_ONLY
                && item >= 0 && item <= MAX_ITEM;
    }

    /** Returns the item number, bits 24-31. */
    public int getItem(int value) {
        return value >>> 24;
    }

    /** Returns the vendor-qualified object number, bits 4-23 ({@code vendor << 8 | object}). */
    public int getObject(int value) {
        return (value >>> 4) & 0xFFFFF;
    }

    /** Returns the object number within its vendor, bits 4-11. */
    public int getObjectOnly(int value) {
        return (value >>> 4) & MAX_OBJECT_ONLY;
    }

    /** Returns the vendor part of the vendor-qualified object number ({@code vendor << 8}). */
    public int getVendor(int value) {
        return (value >>> 4) & 0xFFF00;
    }

    /** Returns the vendor number, bits 12-23. */
    public int getVendorOnly(int value) {
        return (value >>> 12) & MAX_VENDOR;
    }

    /**
     * Tells whether the format tag (bits 0-3) is 1 and the vendor is at least 16; a tag 1 value with a
     * smaller vendor is not a format 1 value, because such vendors are written in format 0.
     */
    public boolean isFormat(int value) {
        return (value & 0xF) == TAG && getVendorOnly(value) >= MIN_VENDOR;
    }
}
