package javax.telephony.media.symbols;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads and writes the symbol name table as a UTF-8 properties file with one {@code 0xCODE=name}
 * line per named value, ordered by value.
 */
final class SymbolNameFile {
    private static final Pattern CODE_KEY = Pattern.compile("0[xX][0-9a-fA-F]{1,8}");

    private SymbolNameFile() {
    }

    /** Writes every name in the table; I/O errors become an UncheckedIOException naming the file. */
    static void save(String file) {
        Path path = path(file);
        try (Writer out = Files.newBufferedWriter(path, UTF_8)) {
            out.write("# JTAPI media symbol names, one 0xCODE=name per line\n");
            for (Map.Entry<Integer, String> entry : Stringifier.symbolNames().entrySet()) {
                out.write(Stringifier.hex(entry.getKey()) + '=' + escape(entry.getValue()) + '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write symbol names to " + file, e);
        }
    }

    /**
     * Gives each value in the file its name, all or nothing (see
     * {@link Stringifier#mergeSymbolNames}); values not in the file keep theirs.
     */
    static void load(String file) {
        Properties properties = read(path(file), file);
        Map<Integer, String> names = new HashMap<Integer, String>();
        for (String key : properties.stringPropertyNames()) {
            Integer code = parseCode(key, file);
            if (names.put(code, properties.getProperty(key)) != null) {
                throw new IllegalArgumentException(
                        file + ": " + Stringifier.hex(code) + " is listed more than once");
            }
        }
        Stringifier.mergeSymbolNames(names, file);
    }

    private static Properties read(Path path, String file) {
        Properties properties = new Properties();
        try (BufferedReader in = Files.newBufferedReader(path, UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read symbol names from " + file, e);
        } catch (IllegalArgumentException e) {
            // Properties rejects a malformed backslash-u escape this way
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private static Path path(String file) {
        return Paths.get(Objects.requireNonNull(file, "file name must not be null"));
    }

    private static int parseCode(String key, String file) {
        if (!CODE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    file + ": key \"" + key + "\" is not a hex symbol value such as 0x00100010");
        }
        return Integer.parseUnsignedInt(key.substring(2), 16);
    }

    /** Escapes a name as a properties value, so that Properties.load gives it back unchanged. */
    private static String escape(String name) {
        StringBuilder escaped = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '\\': escaped.append("\\\\"); break;
                case '\n': escaped.append("\\n"); break;
                case '\r': escaped.append("\\r"); break;
                case '\t': escaped.append("\\t"); break;
                case '\f': escaped.append("\\f"); break;
                case ' ': escaped.append(i == 0 ? "\\ " : " "); break;
                default: escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
