package javax.telephony.media.symbols;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.telephony.media.Symbol;

/**
 * Builds printable names for symbols from registered vendor and object names, using the {@code
 * Parser} that matches each value's format.
 *
 * <p>Every symbol value has at most one name, and a name belongs to at most one value. The names of
 * the standard symbols come from the field names of {@link R2Symbol}, read by reflection the first
 * time any name is needed (never while symbols are being created, so that creating the constants
 * cannot run into a class initialisation cycle). Where several {@code R2Symbol} fields share a value,
 * the field name that sorts first ({@link String#compareTo}) names it, e.g. {@code ASR_Final} rather
 * than {@code ASR_GetFinalResults}. {@link #setSymbolName} replaces a name.
 *
 * <p>A value without a name prints in a readable form that {@link BaseSymbol#getSymbol(String)}
 * accepts back:
 *
 * <ul>
 *   <li>{@code Symbol(vendor.object.item)} when a parser splits the value and those three numbers
 *       encode back to it in {@link Format0} or {@link Format1}. The vendor and object are shown by
 *       their registered names ({@link #registerVendor}, {@link #setObjectName}) or else as decimal
 *       numbers, the item as a decimal number, e.g. {@code Symbol(ECTF.ASR.999)} or
 *       {@code Symbol(4000.3.7)}. Vendor 0 is registered as {@code ECTF} and the standard objects are
 *       named after the {@code R2Symbol} int constants without their trailing underscore.
 *   <li>{@code Symbol(0xhhhhhhhh:vendor.object.item)} when another parser splits the value.
 *   <li>{@code Symbol(0xhhhhhhhh)} when no parser recognises the value.
 * </ul>
 *
 * <p>All methods are thread-safe.
 */
public class Stringifier {
    /**
     * The parsers {@link #getParser} tries, in order; initially a {@link Format0} and a
     * {@link Format1}. Add to it with {@link #addParser} rather than assigning it.
     */
    public static Parser[] parsers = {new Format0(), new Format1()};

    /**
     * Object names keyed by the {@code Integer} vendor-qualified object number ({@code vendor << 8 |
     * object}, as {@link Parser#getObject} returns it). Filled with the standard object names the
     * first time a name is needed; change it through {@link #setObjectName}.
     */
    protected static Hashtable venobjName = new Hashtable();

    static final String FORM_PREFIX = "Symbol(";
    private static final String FORM_SUFFIX = ")";
    private static final String HEX_PREFIX = "0x";
    private static final String STANDARD_VENDOR_NAME = "ECTF";
    /** Vendor and object names appear in readable forms, so they must not contain '.', ')' etc. */
    private static final Pattern PART_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_QUALIFIED_OBJECT = Format1.MAX_VENDOR << 8 | 0xFF;

    /** Guards the name tables below, venobjName and parsers. */
    private static final Object LOCK = new Object();
    private static final Map<Integer, String> vendorNames = new HashMap<Integer, String>();
    private static final Map<Integer, String> namesByCode = new HashMap<Integer, String>();
    private static final Map<String, Integer> codesByName = new HashMap<String, Integer>();
    private static boolean defaultsLoaded;

    /** Creates a Stringifier; all its methods are static, so an instance is never needed. */
    public Stringifier() {
    }

    /**
     * Appends a parser to {@link #parsers}, to be tried after the ones already there.
     *
     * @throws NullPointerException if {@code parser} is null
     */
    public static void addParser(Parser parser) {
        Objects.requireNonNull(parser, "parser must not be null");
        synchronized (LOCK) {
            Parser[] current = currentParsers();
            Parser[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = parser;
            parsers = grown;
        }
    }

    /**
     * Returns the name registered for a vendor-qualified object number ({@code vendor << 8 |
     * object}), or null if it has none.
     */
    protected static String getObjectName(int value) {
        synchronized (LOCK) {
            loadDefaults();
            return (String) venobjName.get(value);
        }
    }

    /** Returns the first parser in {@link #parsers} that recognises {@code value}, or null if none does. */
    public static Parser getParser(int value) {
        for (Parser parser : snapshotParsers()) {
            if (parser != null && parser.isFormat(value)) {
                return parser;
            }
        }
        return null;
    }

    /** Returns the name registered for a vendor number, or null if it has none. */
    protected static String getVendorName(int value) {
        synchronized (LOCK) {
            loadDefaults();
            return vendorNames.get(value);
        }
    }

    /**
     * Names a vendor in the readable form of its unnamed symbols, replacing any earlier name.
     *
     * @param value the vendor number, 0 to 4095 (0 is the ECTF standard)
     * @param string a letter or underscore followed by letters, digits or underscores, not used by
     *     another vendor
     * @throws IllegalArgumentException if the number is out of range or the name is malformed or taken
     * @throws NullPointerException if the name is null
     */
    public static void registerVendor(int value, String string) {
        checkRange("vendor", value, 0, Format1.MAX_VENDOR);
        checkPartName("vendor", string);
        synchronized (LOCK) {
            loadDefaults();
            Integer holder = keyOf(vendorNames, string);
            if (holder != null && holder != value) {
                throw new IllegalArgumentException(
                        "vendor name \"" + string + "\" already names vendor " + holder);
            }
            vendorNames.put(value, string);
        }
    }

    /**
     * Names an object in the readable form of its unnamed symbols, replacing any earlier name.
     *
     * @param value the vendor-qualified object number {@code vendor << 8 | object}, 0 to 0xFFFFF; for
     *     a standard object this is its {@code R2Symbol} int constant, e.g. {@code R2Symbol.ASR_}
     * @param string a letter or underscore followed by letters, digits or underscores, not used by
     *     another object of the same vendor
     * @throws IllegalArgumentException if the number is out of range or the name is malformed or taken
     * @throws NullPointerException if the name is null
     */
    @SuppressWarnings("unchecked")
    public static void setObjectName(int value, String string) {
        checkRange("object", value, 0, MAX_QUALIFIED_OBJECT);
        checkPartName("object", string);
        synchronized (LOCK) {
            loadDefaults();
            Integer holder = objectNamed(value >> 8, string);
            if (holder != null && holder != value) {
                throw new IllegalArgumentException("object name \"" + string
                        + "\" already names object " + (holder & 0xFF) + " of vendor " + (value >> 8));
            }
            venobjName.put(value, string);
        }
    }

    /**
     * Gives a symbol's value a new name, replacing its standard or earlier name (which then names
     * nothing).
     *
     * @param baseSymbol the symbol to name
     * @param string the new name: not empty, not starting with {@code "Symbol("} (reserved for the
     *     readable form) and not the name of another symbol
     * @throws IllegalArgumentException if the name is empty, reserved or taken
     * @throws NullPointerException if the symbol or the name is null
     */
    public static void setSymbolName(BaseSymbol baseSymbol, String string) {
        Objects.requireNonNull(baseSymbol, "symbol must not be null");
        checkSymbolName(string);
        int code = baseSymbol.intValue();
        synchronized (LOCK) {
            loadDefaults();
            Integer holder = codesByName.get(string);
            if (holder != null && holder != code) {
                throw new IllegalArgumentException(
                        "symbol name \"" + string + "\" already names " + hex(holder));
            }
            putName(code, string);
        }
    }

    /**
     * Returns the symbol's name, or its readable form (see the class comment) if it has none.
     *
     * @throws NullPointerException if the symbol is null
     */
    public static String toString(BaseSymbol baseSymbol) {
        Objects.requireNonNull(baseSymbol, "symbol must not be null");
        int code = baseSymbol.intValue();
        synchronized (LOCK) {
            loadDefaults();
            String name = namesByCode.get(code);
            if (name != null) {
                return name;
            }
        }
        return readableForm(code);
    }

    /**
     * Returns the symbol with a name or readable form, or null if the text is neither a known name
     * nor a readable form of a value.
     */
    static Symbol lookup(String name) {
        Objects.requireNonNull(name, "symbol name must not be null");
        synchronized (LOCK) {
            loadDefaults();
            Integer code = codesByName.get(name);
            if (code != null) {
                return Symbol.getSymbol(code);
            }
        }
        Integer code = parseReadableForm(name);
        return code == null ? null : Symbol.getSymbol(code);
    }

    /** A copy of the whole name table, ordered by value (unsigned). */
    static Map<Integer, String> symbolNames() {
        // unsigned, so that 0x80000000 and above sort after 0x7fffffff
        Map<Integer, String> copy = new TreeMap<Integer, String>(Integer::compareUnsigned);
        synchronized (LOCK) {
            loadDefaults();
            copy.putAll(namesByCode);
        }
        return copy;
    }

    /**
     * Gives each value in {@code names} its name, all or nothing: if any name is malformed or the
     * result would give one name to two values, nothing changes.
     *
     * @param source where the names come from, for error messages
     */
    static void mergeSymbolNames(Map<Integer, String> names, String source) {
        for (String name : names.values()) {
            try {
                checkSymbolName(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        synchronized (LOCK) {
            loadDefaults();
            Map<Integer, String> merged = new HashMap<Integer, String>(namesByCode);
            merged.putAll(names);
            Map<String, Integer> reverse = new HashMap<String, Integer>();
            for (Map.Entry<Integer, String> entry : merged.entrySet()) {
                Integer other = reverse.put(entry.getValue(), entry.getKey());
                if (other != null) {
                    throw new IllegalArgumentException(source + ": the name \"" + entry.getValue()
                            + "\" would name both " + hex(other) + " and " + hex(entry.getKey()));
                }
            }
            namesByCode.clear();
            namesByCode.putAll(merged);
            codesByName.clear();
            codesByName.putAll(reverse);
        }
    }

    /** Throws an IllegalArgumentException naming {@code what} if {@code value} is not in min..max. */
    static void checkRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    what + " " + value + " is out of range " + min + ".." + max);
        }
    }

    /** The code written as {@code 0x} and eight lower-case hex digits. */
    static String hex(int code) {
        return String.format("0x%08x", code);
    }

    // ---- readable forms

    private static String readableForm(int code) {
        Parser parser = getParser(code);
        if (parser == null) {
            return FORM_PREFIX + hex(code) + FORM_SUFFIX;
        }
        int vendor = parser.getVendorOnly(code);
        int object = parser.getObjectOnly(code);
        int item = parser.getItem(code);
        String parts = vendorPart(vendor) + '.' + objectPart(parser.getObject(code), object) + '.' + item;
        Integer encoded = encode(vendor, object, item);
        if (encoded != null && encoded == code) {
            return FORM_PREFIX + parts + FORM_SUFFIX;
        }
        return FORM_PREFIX + hex(code) + ':' + parts + FORM_SUFFIX;
    }

    private static String vendorPart(int vendor) {
        String name = getVendorName(vendor);
        return name != null ? name : Integer.toString(vendor);
    }

    private static String objectPart(int qualifiedObject, int object) {
        String name = getObjectName(qualifiedObject);
        return name != null ? name : Integer.toString(object);
    }

    /** The value of a vendor's item in format 0 or 1, whichever holds it, or null if neither can. */
    private static Integer encode(int vendor, int object, int item) {
        if (Format0.fits(vendor, object, item)) {
            return Format0.f0value(vendor << 8 | object, item);
        }
        if (Format1.fits(vendor, object, item)) {
            return Format1.f1value(vendor, object, item);
        }
        return null;
    }

    private static Integer parseReadableForm(String text) {
        if (!text.startsWith(FORM_PREFIX) || !text.endsWith(FORM_SUFFIX)
                || text.length() < FORM_PREFIX.length() + FORM_SUFFIX.length()) {
            return null;
        }
        String body = text.substring(FORM_PREFIX.length(), text.length() - FORM_SUFFIX.length());
        if (body.startsWith(HEX_PREFIX)) {
            int colon = body.indexOf(':');
            return parseHex(body.substring(HEX_PREFIX.length(), colon < 0 ? body.length() : colon));
        }
        String[] parts = body.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        Integer vendor = vendorNumber(parts[0]);
        Integer object = vendor == null ? null : objectNumber(vendor, parts[1]);
        Integer item = parseDecimal(parts[2]);
        return object == null || item == null ? null : encode(vendor, object, item);
    }

    private static Integer vendorNumber(String part) {
        Integer number = parseDecimal(part);
        if (number != null) {
            return number;
        }
        synchronized (LOCK) {
            loadDefaults();
            return keyOf(vendorNames, part);
        }
    }

    private static Integer objectNumber(int vendor, String part) {
        Integer number = parseDecimal(part);
        if (number != null) {
            return number;
        }
        synchronized (LOCK) {
            loadDefaults();
            Integer qualified = objectNamed(vendor, part);
            return qualified == null ? null : qualified & 0xFF;
        }
    }

    private static Integer parseHex(String digits) {
        if (digits.isEmpty() || digits.length() > 8) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                return null;
            }
        }
        return Integer.parseUnsignedInt(digits, 16);
    }

    private static Integer parseDecimal(String digits) {
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Integer.parseInt(digits);
    }

    // ---- name tables; the callers hold LOCK

    /**
     * Fills the tables with the standard names the first time they are needed. This reads
     * {@link R2Symbol}, so it must never run while a symbol is being created.
     */
    @SuppressWarnings("unchecked")
    private static void loadDefaults() {
        if (defaultsLoaded) {
            return;
        }
        for (Map.Entry<Integer, String> entry : R2SymbolNames.symbolNames().entrySet()) {
            if (!namesByCode.containsKey(entry.getKey()) && !codesByName.containsKey(entry.getValue())) {
                putName(entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<Integer, String> entry : R2SymbolNames.objectNames().entrySet()) {
            if (!venobjName.containsKey(entry.getKey())) {
                venobjName.put(entry.getKey(), entry.getValue());
            }
        }
        if (!vendorNames.containsKey(0)) {
            vendorNames.put(0, STANDARD_VENDOR_NAME);
        }
        defaultsLoaded = true;
    }

    private static void putName(int code, String name) {
        String old = namesByCode.put(code, name);
        if (old != null) {
            codesByName.remove(old);
        }
        codesByName.put(name, code);
    }

    /** The vendor-qualified number of the vendor's object with that name, or null. */
    private static Integer objectNamed(int vendor, String name) {
        for (Object entry : venobjName.entrySet()) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
            if (name.equals(e.getValue()) && e.getKey() instanceof Integer
                    && (Integer) e.getKey() >> 8 == vendor) {
                return (Integer) e.getKey();
            }
        }
        return null;
    }

    private static Integer keyOf(Map<Integer, String> map, String name) {
        for (Map.Entry<Integer, String> entry : map.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Parser[] snapshotParsers() {
        synchronized (LOCK) {
            return currentParsers();
        }
    }

    private static Parser[] currentParsers() {
        Parser[] current = parsers;
        return current == null ? new Parser[0] : current;
    }

    private static void checkSymbolName(String name) {
        Objects.requireNonNull(name, "symbol name must not be null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("symbol name must not be empty");
        }
        if (name.startsWith(FORM_PREFIX)) {
            throw new IllegalArgumentException("symbol name \"" + name + "\" must not start with \""
                    + FORM_PREFIX + "\", which marks the readable form of unnamed symbols");
        }
    }

    private static void checkPartName(String what, String name) {
        Objects.requireNonNull(name, what + " name must not be null");
        if (!PART_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name \"" + name
                    + "\" must be a letter or '_' followed by letters, digits or '_'");
        }
    }

    /**
     * Decoder for one symbol value encoding format, extracting vendor, object and item numbers.
     *
     * <p>The vendor-qualified object number is {@code vendor << 8 | object}; it is the key of
     * {@link Stringifier#venobjName}. The getters are meaningful only for values the parser
     * {@linkplain #isFormat recognises}.
     */
    public interface Parser {
        /** Returns the item number of the value. */
        int getItem(int value);

        /** Returns the vendor-qualified object number, {@code getVendor(value) | getObjectOnly(value)}. */
        int getObject(int value);

        /** Returns the object number within its vendor, 0 to 255. */
        int getObjectOnly(int value);

        /** Returns the vendor as it sits in the qualified object number, {@code getVendorOnly(value) << 8}. */
        int getVendor(int value);

        /** Returns the vendor number. */
        int getVendorOnly(int value);

        /** Tells whether the value is written in this parser's format. */
        boolean isFormat(int value);
    }
}
