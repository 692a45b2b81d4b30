package org.dialtone.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes the harnesses' result files: maps, lists, strings, numbers and booleans as JSON. */
final class Json {
    private Json() {
    }

    /** {@code value} as JSON, objects and arrays indented by two spaces per level. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), '{', '}', out, indent);
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), '[', ']', out, indent);
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : String.format(java.util.Locale.ROOT, "%.3f", d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static void writeEntries(Iterator<?> items, char open, char close, StringBuilder out, String indent) {
        if (!items.hasNext()) {
            out.append(open).append(close);
            return;
        }
        String inner = indent + "  ";
        out.append(open);
        while (items.hasNext()) {
            out.append('\n').append(inner);
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> e) {
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, inner);
            } else {
                write(item, out, inner);
            }
            if (items.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append(indent).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
