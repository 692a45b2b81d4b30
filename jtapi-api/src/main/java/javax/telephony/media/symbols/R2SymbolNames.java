package javax.telephony.media.symbols;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javax.telephony.media.Symbol;

/**
 * Abstract holder of the printable name table for the standard ECTF release 2 symbols.
 *
 * <p>The table is not written out by hand: it is read by reflection from the fields of
 * {@link R2Symbol}, so a symbol's name is the name of its constant. {@link Stringifier} does this the
 * first time a name is needed.
 */
public abstract class R2SymbolNames {
    private static final String OBJECT_SUFFIX = "_";

    /** Exists for the API's sake; the name table is static and needs no instance. */
    public R2SymbolNames() {
    }

    /**
     * The name of each {@code R2Symbol} Symbol constant, by value. Where several constants share a
     * value, the field name that sorts first ({@link String#compareTo}) wins, which keeps the choice
     * the same on every JVM (reflection returns fields in no set order).
     */
    static Map<Integer, String> symbolNames() {
        Map<Integer, String> names = new HashMap<Integer, String>();
        for (Field field : sortedConstants()) {
            if (field.getType() == Symbol.class) {
                Symbol symbol = (Symbol) read(field);
                // null only if R2Symbol is still being initialised by this very thread
                if (symbol != null && !names.containsKey(symbol.intValue())) {
                    names.put(symbol.intValue(), field.getName());
                }
            }
        }
        return names;
    }

    /**
     * The standard object names by vendor-qualified object number, from the {@code R2Symbol} int
     * constants that end in an underscore ({@code ASR_ = 1} names object 1 {@code ASR}).
     */
    static Map<Integer, String> objectNames() {
        Map<Integer, String> names = new HashMap<Integer, String>();
        for (Field field : sortedConstants()) {
            String name = field.getName();
            if (field.getType() == int.class && name.endsWith(OBJECT_SUFFIX)
                    && name.length() > OBJECT_SUFFIX.length()) {
                Integer object = (Integer) read(field);
                if (!names.containsKey(object)) {
                    names.put(object, name.substring(0, name.length() - OBJECT_SUFFIX.length()));
                }
            }
        }
        return names;
    }

    private static Field[] sortedConstants() {
        Field[] fields = R2Symbol.class.getFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        return fields;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read R2Symbol." + field.getName(), e);
        }
    }
}
